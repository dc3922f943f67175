package app.orderdesk.infra.terraform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One IaC flavour reduced to what both must agree on, as sorted "subject → value" facts such as
 * {@code "table OrdersTable index StatusIndex" → "status HASH, createdAt RANGE; projection ALL"}.
 * Both flavours name things by the template's logical ids and write every reference as
 * {@code {LogicalId}} ({@code {Function:live}} for an alias, {@code {AWS::Region}} for a pseudo
 * parameter), so equal stacks give equal models and a difference names exactly what differs.
 */
public final class StackModel {

    private final SortedMap<String, String> facts = new TreeMap<>();

    public void put(String subject, Object value) {
        String previous = facts.put(subject, String.valueOf(value));
        if (previous != null && !previous.equals(String.valueOf(value))) {
            throw new IllegalStateException("two values for " + subject + ": " + previous + " / " + value);
        }
    }

    /** Adds to a set-valued fact (IAM resources of one action, metrics of a dashboard, …). */
    public void add(String subject, String element) {
        Set<String> elements = new TreeSet<>(facts.containsKey(subject) ? List.of(facts.get(subject).split(", ")) : List.of());
        elements.add(element);
        facts.put(subject, String.join(", ", elements));
    }

    public Map<String, String> facts() {
        return facts;
    }

    /** Every difference, one line each: "only in template", "only in terraform" or both values. */
    public static List<String> differences(StackModel template, StackModel terraform) {
        Set<String> subjects = new TreeSet<>(template.facts.keySet());
        subjects.addAll(terraform.facts.keySet());
        List<String> differences = new ArrayList<>();
        for (String subject : subjects) {
            String t = template.facts.get(subject);
            String tf = terraform.facts.get(subject);
            if (tf == null) {
                differences.add(subject + ": only in template.yaml (" + t + ")");
            } else if (t == null) {
                differences.add(subject + ": only in terraform (" + tf + ")");
            } else if (!t.equals(tf)) {
                differences.add(subject + ": template.yaml has " + t + ", terraform has " + tf);
            }
        }
        return differences;
    }
}
