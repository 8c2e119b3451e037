package org.sovplan.placement.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sovplan.placement.result.PlanResult;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type of this service inside a document the plan stores as JSON is registered for reflection, so
 * that a record added to a plan result later cannot silently break the native image.
 */
class JsonDocumentsTest {

    @Test
    void everyTypeInsideTheStoredDocumentsIsRegistered() {
        Set<Class<?>> reachable = new LinkedHashSet<>();
        for (Class<?> root : List.of(PlanResult.class, PlanDto.CreateRequest.class, PlanDto.Held.class)) {
            collect(root, reachable);
        }
        List<Class<?>> registered = List.of(Plan.class.getAnnotation(RegisterForReflection.class).targets());
        assertThat(reachable).hasSizeGreaterThan(10).contains(PlanResult.Blocker.class);
        assertThat(registered).containsAll(reachable);
    }

    private static void collect(Type type, Set<Class<?>> into) {
        if (type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                collect(argument, into);
            }
        } else if (type instanceof Class<?> c && c.getName().startsWith("org.sovplan.") && into.add(c)
                && c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                collect(component.getGenericType(), into);
            }
        }
    }
}
