package org.sovplan.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Field paths and messages for problems, in the client's terms: JSON paths such as
 * {@code rows[2].pools[0].installed}, never method, parameter or class names. Used for whole
 * request bodies by {@link ProblemMappers} and for rows of bulk imports by the services.
 */
public final class ProblemFields {

    private ProblemFields() {
    }

    /** Turns {@code create.request.rows[2].pue} into {@code rows[2].pue}: method and parameter names mean nothing to a client. */
    public static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            boolean last = i == nodes.size() - 1;
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || (node.getKind() == ElementKind.PARAMETER && !last)
                    || node.getKind() == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code pools[0].installed}; empty for the body itself. */
    public static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    /** What was wrong with the value Jackson could not read, without class names. */
    public static String message(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field (request bodies accept only documented fields)";
        }
        if (e instanceof InvalidFormatException format) {
            return "cannot read '" + format.getValue() + "' as " + describe(format.getTargetType());
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null && e.getCause().getMessage() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "expected " + describe(mismatch.getTargetType());
        }
        return "invalid value";
    }

    static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(constant.toString());
            }
            return "one of " + names;
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == Integer.class || type == int.class || type == Long.class || type == long.class
                    || type == Short.class || type == short.class ? "a whole number" : "a number";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class) {
            return "an ISO-8601 UTC timestamp";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
