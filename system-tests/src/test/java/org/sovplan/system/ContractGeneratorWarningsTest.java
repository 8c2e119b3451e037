package org.sovplan.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.codegen.ClientOptInput;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.validation.ValidationResult;
import org.openapitools.codegen.validations.oas.OpenApiEvaluator;
import org.openapitools.codegen.validations.oas.RuleConfiguration;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * The merged contract {@code openapi/sovplan.yaml} as an integrator's tools see it, without a running stack:
 * what {@code openapi-generator validate --recommend} runs (the parser's messages, then the evaluator with its
 * recommendations) finds no error and no warning, and the java (native), python and typescript-fetch
 * generators, with the options of this module's pom, log no warning while they read and generate it.
 */
class ContractGeneratorWarningsTest {

    private static final Path CONTRACT = Path.of(System.getProperty("sovplan.root", ".."), "openapi", "sovplan.yaml")
            .toAbsolutePath().normalize();
    /**
     * What the generators log whatever the spec says, or for a choice the contract makes on purpose; every other
     * warning is about the contract and fails the test:
     * <ul>
     * <li>every 3.1 document draws the generator's note that its 3.1 support is in beta;</li>
     * <li>the java generator does not copy an object example of a request body into its documentation (the
     * contract gives an example on every operation);</li>
     * <li>the python generator looks for a schema name in the {@code {type: "null"}} branch with which OpenAPI 3.1
     * writes a nullable reference ({@code anyOf: [$ref, {type: null}]});</li>
     * <li>the python generator renames what it would name after the query parameter {@code from}, a Python
     * keyword.</li>
     * </ul>
     */
    private static final List<String> GENERATOR_NOTES = List.of("OpenAPI 3.1 support is still in beta",
            "Ignoring complex example on request body", "Failed to get the schema name: null",
            "From (reserved word) cannot be used as model name. Renamed to ModelFrom");
    /** The loggers of the generator and of swagger-parser, where both report what they think of a spec. */
    private static final List<String> LOGGERS = List.of("org.openapitools", "io.swagger");

    @Test
    void validateWithRecommendationsFindsNoErrorAndNoWarning() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readLocation(CONTRACT.toString(), null, options);
        List<String> errors = new ArrayList<>(parsed.getMessages() == null ? List.of() : parsed.getMessages());
        List<String> warnings = new ArrayList<>();
        assertFalse(parsed.getOpenAPI() == null, "the contract does not parse: " + errors);

        RuleConfiguration rules = new RuleConfiguration();
        rules.setEnableRecommendations(true);
        ValidationResult evaluated = new OpenApiEvaluator(rules).validate(parsed.getOpenAPI());
        evaluated.getErrors().forEach(e -> errors.add(e.getMessage() + ": " + e.getDetails()));
        evaluated.getWarnings().forEach(w -> warnings.add(w.getMessage() + ": " + w.getDetails()));

        System.out.printf("openapi-generator validate --recommend %s: %d errors, %d warnings%n", CONTRACT,
                errors.size(), warnings.size());
        assertAll(() -> assertEquals(List.of(), errors, "errors"), () -> assertEquals(List.of(), warnings, "warnings"));
    }

    static List<Generator> generators() {
        return List.of(
                new Generator("java", "native", Map.of("useJakartaEe", true, "openApiNullable", false,
                        "annotationLibrary", "none", "dateLibrary", "java8", "hideGenerationTimestamp", true,
                        "apiPackage", "org.sovplan.client.api", "modelPackage", "org.sovplan.client.model",
                        "invokerPackage", "org.sovplan.client")),
                new Generator("python", null, Map.of("packageName", "sovplan_client", "hideGenerationTimestamp", true)),
                new Generator("typescript-fetch", null, Map.of("supportsES6", true, "npmName", "sovplan-client",
                        "hideGenerationTimestamp", true)));
    }

    /** A generator as the pom runs it: its name, library and configOptions. */
    record Generator(String name, String library, Map<String, Object> options) {

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest
    @MethodSource("generators")
    void generatorLogsNoWarning(Generator generator) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName(generator.name())
                .setInputSpec(CONTRACT.toString())
                .setOutputDir(Path.of(System.getProperty("sovplan.build", "target"), "warnings-check", generator.name())
                        .toString())
                .setValidateSpec(true)
                .setAdditionalProperties(new java.util.HashMap<>(generator.options()));
        if (generator.library() != null) {
            configurator.setLibrary(generator.library());
        }
        for (String off : List.of("apiTests", "modelTests", "apiDocs", "modelDocs")) {
            configurator.addGlobalProperty(off, "false");
        }

        List<String> warnings;
        try (WarningCapture capture = new WarningCapture()) {
            ClientOptInput input = configurator.toClientOptInput();
            new DefaultGenerator().opts(input).generate();
            warnings = capture.warnings();
        }
        List<String> aboutTheContract = warnings.stream()
                .filter(w -> GENERATOR_NOTES.stream().noneMatch(w::contains)).toList();
        System.out.printf("%s generator on %s: %d warnings about the contract (%d generator notes)%n",
                generator.name(), CONTRACT, aboutTheContract.size(), warnings.size() - aboutTheContract.size());
        assertEquals(List.of(), aboutTheContract);
    }

    /**
     * Collects WARN and worse from the generator's and the parser's loggers while it is open. The SLF4J binding on
     * this module's test classpath is slf4j-jboss-logmanager, so the handler goes on the JBoss log context.
     */
    private static final class WarningCapture extends Handler implements AutoCloseable {

        private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());

        WarningCapture() {
            for (String name : LOGGERS) {
                Logger logger = LogContext.getLogContext().getLogger(name);
                logger.addHandler(this);
            }
        }

        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
                warnings.add(record.getLoggerName() + ": " + message);
            }
        }

        List<String> warnings() {
            return List.copyOf(warnings);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            for (String name : LOGGERS) {
                LogContext.getLogContext().getLogger(name).removeHandler(this);
            }
        }
    }
}
