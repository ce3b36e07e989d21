package org.fostergraph.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is wrong with what the user sent, as GOV.UK's error summary and inline errors show it: each problem in plain
 * English, linked to the field it is about when there is one, all of them at once. The API's refusals name its own
 * fields ({@code hours: must be ... (got '100')}); a page says which of its fields each API field is, by label, and
 * the message reads with that label in place of the API's name. Kept in the session for one redirect (flash), so
 * serialisable.
 */
final class Problems implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A page's form field: its element id (the summary's link target) and the label the user sees. */
    record Field(String id, String label) implements Serializable {
    }

    /** One problem: the field's element id (null for the page as a whole) and the message. */
    record Problem(String fieldId, String message) implements Serializable {

        public String href() {
            return fieldId == null ? null : "#" + fieldId;
        }
    }

    private static final Pattern GOT = Pattern.compile("\\(got '([^']*)'\\)");

    private final List<Problem> all = new ArrayList<>();

    static Problems none() {
        return new Problems();
    }

    /** A problem with one of the page's fields. */
    Problems add(Field field, String message) {
        all.add(new Problem(field == null ? null : field.id(), message));
        return this;
    }

    /** A problem with the request as a whole. */
    Problems add(String message) {
        all.add(new Problem(null, message));
        return this;
    }

    Problems addAll(Problems others) {
        if (others != null) {
            all.addAll(others.all);
        }
        return this;
    }

    /** The API's refusals, each on the page's field for the API field it names, in words. */
    Problems refused(List<GraphQlGateway.Refusal> refusals, Map<String, Field> fields) {
        for (GraphQlGateway.Refusal refusal : refusals) {
            Field field = refusal.field() == null ? null : fields.get(refusal.field());
            all.add(new Problem(field == null ? null : field.id(), inWords(refusal, field)));
        }
        return this;
    }

    /** "hours: must be between 1 and 72 (got '100')" as "Hours to hold the place must be between 1 and 72 (you entered 100)". */
    static String inWords(GraphQlGateway.Refusal refusal, Field field) {
        String message = refusal.message();
        String said = message;
        if (refusal.field() != null && message.startsWith(refusal.field() + ": ")) {
            said = message.substring(refusal.field().length() + 2);
        }
        said = GOT.matcher(said).replaceAll(match -> Matcher.quoteReplacement("(you entered " + match.group(1) + ")"));
        if (field != null && (said.startsWith("must ") || said.startsWith("is ") || said.startsWith("cannot "))) {
            return field.label() + " " + said;
        }
        return said.isEmpty() ? said : said.substring(0, 1).toUpperCase(Locale.UK) + said.substring(1);
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<Problem> getAll() {
        return List.copyOf(all);
    }

    /** Whether the field with this element id has a problem (its form group turns red). */
    public boolean has(String fieldId) {
        return all.stream().anyMatch(problem -> fieldId.equals(problem.fieldId()));
    }

    /** The field's problems, for its inline error message. */
    public String about(String fieldId) {
        return String.join(". ", all.stream().filter(problem -> fieldId.equals(problem.fieldId())).map(Problem::message).toList());
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
