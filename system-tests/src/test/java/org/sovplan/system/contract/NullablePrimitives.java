package org.sovplan.system.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Properties of the contract declared nullable whose Java type cannot be null: a schema built from a record of a
 * service whose component is a primitive ({@code int}, {@code double}, {@code boolean}...), which Jackson can
 * never write as null. The records are read from the services' jars, the schema name from their
 * {@code @Schema(name)} (else the simple class name, as SmallRye OpenAPI names them).
 */
final class NullablePrimitives {


    /** Primitive record components found in the contract's schemas. */
    final int checked;
    /** Those the contract declares nullable, as {@code Schema.property (type in class)}. */
    final List<String> nullable;

    private NullablePrimitives(int checked, List<String> nullable) {
        this.checked = checked;
        this.nullable = List.copyOf(nullable);
    }

    static NullablePrimitives of(Path contract) {
        JsonNode schemas;
        try {
            schemas = new ObjectMapper(new YAMLFactory()).readTree(contract.toFile()).path("components")
                    .path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> nullablePrimitives = new ArrayList<>();
        int checked = 0;
        for (Loaded loaded : records()) {
            Class<?> record = loaded.type();
            JsonNode properties = schemas.path(loaded.schemaName()).path("properties");
            for (RecordComponent component : record.getRecordComponents()) {
                JsonNode property = properties.get(component.getName());
                // A record of the same simple name in another service or an internal package (placement's
                // solver Site beside capacity's Site) is not the schema's: its primitive must be a JSON scalar there.
                if (property == null || !component.getType().isPrimitive() || !scalar(property)) {
                    continue;
                }
                checked++;
                if (NullsSeen.nullable(property)) {
                    nullablePrimitives.add(loaded.schemaName() + "." + component.getName() + " ("
                            + component.getType() + " in " + record.getName() + ")");
                }
            }
        }
        return new NullablePrimitives(checked, nullablePrimitives);
    }

    String report() {
        return "primitive record components in the contract: " + checked + ", declared nullable: " + nullable.size()
                + "\n";
    }

    private static String schemaName(Class<?> record) {
        Schema schema = record.getAnnotation(Schema.class);
        return schema != null && !schema.name().isEmpty() ? schema.name() : record.getSimpleName();
    }

    private static boolean scalar(JsonNode property) {
        JsonNode type = property.path("type");
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (List.of("integer", "number", "boolean").contains(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A service's record and the name of its schema. */
    private record Loaded(Class<?> type, String schemaName) {
    }

    /** The records of the three services' jars (on this module's test classpath as build-order dependencies). */
    private static List<Loaded> records() {
        List<Loaded> records = new ArrayList<>();
        for (String marker : List.of("org/sovplan/capacity/", "org/sovplan/energy/", "org/sovplan/placement/")) {
            for (Path jar : jarsHolding(marker)) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    Enumeration<JarEntry> entries = file.entries();
                    while (entries.hasMoreElements()) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(marker) && name.endsWith(".class")) {
                            load(name.substring(0, name.length() - 6).replace('/', '.'), records);
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return records;
    }

    private static void load(String className, List<Loaded> records) {
        try {
            Class<?> type = Class.forName(className, false, NullablePrimitives.class.getClassLoader());
            // Resolving the components' types, or the enclosing class that names a nested record, fails for
            // records of the solver's internals (Timefold and OR-Tools are not on this classpath); those are no
            // answers.
            if (type.isRecord() && type.getRecordComponents() != null) {
                records.add(new Loaded(type, schemaName(type)));
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // A class whose dependencies are not on this classpath is no response record.
        }
    }

    private static List<Path> jarsHolding(String packagePath) {
        List<Path> jars = new ArrayList<>();
        try {
            Enumeration<java.net.URL> urls = NullablePrimitives.class.getClassLoader().getResources(packagePath);
            while (urls.hasMoreElements()) {
                java.net.URL url = urls.nextElement();
                if (url.getProtocol().equals("jar")) {
                    String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
                    jars.add(Path.of(new java.net.URI(file)));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return jars;
    }
}
