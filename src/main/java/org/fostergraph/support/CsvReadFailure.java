package org.fostergraph.support;

import java.nio.charset.CharacterCodingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an uploaded CSV file could not be read, in words a council's data officer can act on. The reader's own exception
 * text is never passed on: it names library classes and can quote the file.
 */
public final class CsvReadFailure {

    private static final Pattern LINE = Pattern.compile("\\(line (\\d+)\\)");

    private CsvReadFailure() {
    }

    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return "is not UTF-8 text (a file saved as Windows-1252 or Latin-1 does this, for example with an accented "
                        + "letter or a pound sign); save it as \"CSV UTF-8\" and upload it again";
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Matcher line = cause.getMessage() == null ? null : LINE.matcher(cause.getMessage());
            if (line != null && line.find()) {
                return "could not be read as a CSV file: a quoted cell near line " + line.group(1)
                        + " is not closed, or has other characters after its closing quote";
            }
        }
        return "could not be read as a CSV file";
    }
}
