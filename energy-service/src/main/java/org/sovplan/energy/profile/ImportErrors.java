package org.sovplan.energy.profile;

import java.util.List;

import org.sovplan.common.problem.ApiException;
import org.sovplan.common.problem.Problem.FieldError;

/** The one answer to a rejected import: 400, every finding counted, the first ones listed. */
final class ImportErrors {

    private ImportErrors() {
    }

    /** Throws when there are findings; the file is then rejected as a whole. */
    static void rejectIfAny(List<FieldError> errors, int maxListed) {
        if (errors.isEmpty()) {
            return;
        }
        List<FieldError> listed = errors.size() > maxListed ? errors.subList(0, maxListed) : errors;
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message() + "; nothing was imported"
                : errors.size() + " problems found" + (listed.size() < errors.size() ? " (first " + listed.size()
                        + " listed)" : "") + "; nothing was imported";
        throw ApiException.badRequest(detail, listed);
    }
}
