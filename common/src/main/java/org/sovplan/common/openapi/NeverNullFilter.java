package org.sovplan.common.openapi;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Marks the properties that can never be null: the components of a record of a primitive type ({@code int},
 * {@code double}, {@code boolean}...), which Jackson always writes as a value. OpenAPI has no word for it apart
 * from {@code required}, which would also bind requests; the mark is {@value #NEVER_NULL}, read by the merge of
 * the services' contracts (it makes an answer's other fields nullable, but not these) and not published.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class NeverNullFilter implements OASFilter {

    /** The extension on a property schema that can never be null. */
    public static final String NEVER_NULL = "x-sovplan-never-null";
    private static final DotName SCHEMA = DotName
            .createSimple("org.eclipse.microprofile.openapi.annotations.media.Schema");

    /** Schema name -> names of its primitive components. */
    private final Map<String, Set<String>> primitives = new LinkedHashMap<>();

    public NeverNullFilter(IndexView index) {
        for (ClassInfo type : index.getKnownClasses()) {
            if (!type.isRecord()) {
                continue;
            }
            Set<String> names = new LinkedHashSet<>();
            for (RecordComponentInfo component : type.recordComponents()) {
                if (component.type().kind() == Type.Kind.PRIMITIVE) {
                    names.add(component.name());
                }
            }
            if (!names.isEmpty()) {
                primitives.computeIfAbsent(schemaName(type), name -> new LinkedHashSet<>()).addAll(names);
            }
        }
    }

    /** The name SmallRye OpenAPI gives the record's schema: {@code @Schema(name)}, else the simple class name. */
    private static String schemaName(ClassInfo type) {
        AnnotationInstance schema = type.declaredAnnotation(SCHEMA);
        AnnotationValue name = schema == null ? null : schema.value("name");
        return name == null || name.asString().isEmpty() ? type.simpleName() : name.asString();
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        openAPI.getComponents().getSchemas().forEach((name, schema) -> {
            Set<String> names = primitives.get(name);
            if (names == null || schema.getProperties() == null) {
                return;
            }
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                if (names.contains(property.getKey())) {
                    property.getValue().addExtension(NEVER_NULL, true);
                }
            }
        });
    }
}
