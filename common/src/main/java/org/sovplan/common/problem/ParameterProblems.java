package org.sovplan.common.problem;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import org.sovplan.common.problem.Problem.FieldError;

/**
 * Names the query or path parameter the REST layer could not convert, and what it accepts. The REST layer
 * reports such a failure as a bare 404 without the parameter's name, so the matched resource method's
 * parameters ({@code @QueryParam}, {@code @PathParam}, and those of a {@code @BeanParam}) are converted
 * again here, the way the REST layer converts them, until one fails.
 */
final class ParameterProblems {

    /** Longest part of a rejected value repeated in a problem document. */
    private static final int MAX_ECHOED = 40;

    private ParameterProblems() {
    }

    static Optional<FieldError> find(SimpleResourceInfo resource, UriInfo uri) {
        Method method = method(resource);
        if (method == null || uri == null) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        java.lang.reflect.Parameter[] parameters = method.getParameters();
        for (java.lang.reflect.Parameter parameter : parameters) {
            collect(parameter, parameter.getParameterizedType(), candidates);
            if (parameter.isAnnotationPresent(BeanParam.class)) {
                for (Class<?> type = parameter.getType(); type != null && type != Object.class; type = type.getSuperclass()) {
                    for (Field field : type.getDeclaredFields()) {
                        if (!Modifier.isStatic(field.getModifiers())) {
                            collect(field, field.getGenericType(), candidates);
                        }
                    }
                }
            }
        }
        Map<String, List<String>> query = uri.getQueryParameters(true);
        Map<String, List<String>> path = uri.getPathParameters(true);
        for (Candidate candidate : candidates) {
            List<String> values = (candidate.inPath ? path : query).getOrDefault(candidate.name, List.of());
            for (String value : values) {
                if (!converts(candidate.type, value)) {
                    return Optional.of(new FieldError(candidate.name, "cannot read '" + echo(value) + "' as "
                            + ProblemFields.describe(candidate.type)));
                }
            }
        }
        return Optional.empty();
    }

    private record Candidate(String name, boolean inPath, Class<?> type) {
    }

    private static void collect(AnnotatedElement element, Type type, List<Candidate> candidates) {
        QueryParam query = element.getAnnotation(QueryParam.class);
        PathParam path = element.getAnnotation(PathParam.class);
        if (query != null) {
            candidates.add(new Candidate(query.value(), false, valueType(type)));
        } else if (path != null) {
            candidates.add(new Candidate(path.value(), true, valueType(type)));
        }
    }

    /** The type of one value: the element type of a {@code List<X>} or {@code Set<X>}. */
    private static Class<?> valueType(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && Collection.class.isAssignableFrom(raw) && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
            return raw;
        }
        return type instanceof Class<?> raw ? raw : String.class;
    }

    private static Method method(SimpleResourceInfo resource) {
        try {
            if (resource == null || resource.getResourceClass() == null) {
                return null;
            }
            return resource.getResourceClass().getMethod(resource.getMethodName(), resource.parameterTypes());
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    static boolean converts(Class<?> type, String value) {
        try {
            if (type == String.class) {
                return true;
            } else if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            } else if (type == boolean.class || type == Boolean.class) {
                return value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
            } else if (type == BigDecimal.class) {
                new BigDecimal(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type.isEnum()) {
                return convertsToEnum(type, value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** As the REST layer does: a static {@code fromString}, else {@code valueOf}. */
    private static boolean convertsToEnum(Class<?> type, String value) {
        try {
            Method fromString = type.getMethod("fromString", String.class);
            return fromString.invoke(null, value) != null;
        } catch (NoSuchMethodException noFromString) {
            for (Object constant : type.getEnumConstants()) {
                if (((Enum<?>) constant).name().equals(value)) {
                    return true;
                }
            }
            return false;
        } catch (ReflectiveOperationException | RuntimeException refused) {
            return false;
        }
    }

    private static String echo(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "...";
    }
}
