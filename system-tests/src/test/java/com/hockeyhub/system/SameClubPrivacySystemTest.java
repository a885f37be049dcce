package com.hockeyhub.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;

import net.minidev.json.JSONValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import static com.hockeyhub.system.DemoIds.CONNOR;
import static com.hockeyhub.system.DemoIds.LUCAS;
import static com.hockeyhub.system.DemoIds.demo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside the demo club, the smaller roles against each other (issue 23, domain.md's privacy rules): a player asks
 * for another player's records, a parent for another family's child's, by every GET operation of every service's
 * OpenAPI document that takes a person's id or the id of a row that belongs to a person (a table with a
 * {@code player_id}, {@code user_id}, {@code child_id}, {@code payer_id} or {@code recipient_id}). The same operation
 * asked for the caller's own (their own record, their own child's) is the control: the ids are real and the role can
 * read its own. Another person's record must answer 403 or 404 unless the operation is listed as readable in the
 * club by design, with the reason; never a 5xx.
 * <p>
 * Who is who (the demo seed): player@ is Connor, parent@ is Connor's mother; Lucas (player2@) is parent2@'s son.
 */
@Order(3)
class SameClubPrivacySystemTest {

    private static final String PARENT = demo("000000003001").toString();
    private static final String OTHER_PARENT = demo("000000003002").toString();
    private static final Set<String> PERSON_COLUMNS = Set.of("player_id", "user_id", "child_id", "payer_id",
            "recipient_id");
    /** What everyone in the club shares: an operation on these says nothing about one person. */
    private static final Map<String, Set<String>> SHARED = Map.of("organizations", Set.of(DemoIds.CLUB.toString()),
            "teams", Set.of(DemoIds.U18_AAA.toString(), DemoIds.JUNIOR_A.toString()));
    private static final Set<Integer> WRITE_REFUSALS = Set.of(400, 403, 404, 409, 422);
    /** Person-owned club tables the services change by themselves during the run (the delivery worker). */
    private static final Set<String> CHANGED_BY_WORKERS = Set.of("communication-service.notification_deliveries");
    /**
     * Operations whose answer about another person of the club the caller may have by design, with the reason; such
     * an answer is still checked against its rule ({@link #readableByDesign}).
     */
    private static final Map<String, String> READABLE_IN_THE_CLUB = Map.of(
            "user-service GET /api/users/{id}", "the roster: a player sees the profiles of their teams' members, a "
                    + "parent those of their children's teams; anyone else in the club is refused (UserDirectoryTest)");

    private static SystemSuite suite;
    private static Api api;
    /** role → [own, other] → service → resource or table → ids. */
    private static final Map<String, List<Map<String, Map<String, Set<String>>>>> ids = new LinkedHashMap<>();
    private static final Map<String, String> tokens = new LinkedHashMap<>();
    /** service → club table without a person column → up to three of the demo club's ids: rows everyone shares. */
    private static final Map<String, Map<String, Set<String>>> sharedRows = new LinkedHashMap<>();

    @BeforeAll
    static void logins() {
        suite = SystemSuite.get();
        api = new Api(suite);
        tokens.put("player", api.login("player@hockeyhub.demo"));
        tokens.put("parent", api.login("parent@hockeyhub.demo"));
        ids.put("player", List.of(ofPeople(Set.of(CONNOR.toString())), ofPeople(Set.of(LUCAS.toString()))));
        ids.put("parent", List.of(ofPeople(Set.of(CONNOR.toString(), PARENT)),
                ofPeople(Set.of(LUCAS.toString(), OTHER_PARENT))));
        for (String service : SystemSuite.SERVICES) {
            Set<String> personal = new java.util.HashSet<>();
            personTables(service).forEach(tableAndColumn -> personal.add(tableAndColumn.split(" ")[0]));
            Map<String, Set<String>> rows = new LinkedHashMap<>(SHARED);
            for (String table : suite.strings(service, """
                    SELECT c.table_name FROM information_schema.columns c
                    JOIN information_schema.columns i ON i.table_name = c.table_name AND i.table_schema = c.table_schema
                        AND i.column_name = 'id'
                    WHERE c.table_schema = 'public' AND c.column_name = 'organization_id' ORDER BY 1""")) {
                if (!personal.contains(table) && !rows.containsKey(table)) {
                    rows.put(table, new LinkedHashSet<>(suite.strings(service, "SELECT id::text FROM " + table
                            + " WHERE organization_id = ?::uuid ORDER BY id LIMIT 3", DemoIds.CLUB.toString())));
                }
            }
            sharedRows.put(service, rows);
        }
    }

    /** Per service: the people themselves, and up to three ids of each demo-club row that belongs to one of them. */
    private static Map<String, Map<String, Set<String>>> ofPeople(Set<String> people) {
        String club = DemoIds.CLUB.toString();
        Map<String, Map<String, Set<String>>> byService = new LinkedHashMap<>();
        for (String service : SystemSuite.SERVICES) {
            Map<String, Set<String>> byResource = new LinkedHashMap<>();
            byResource.put("players", people);
            byResource.put("users", people);
            List<String> owned = personTables(service);
            for (String tableAndColumn : owned) {
                String[] parts = tableAndColumn.split(" ");
                byResource.computeIfAbsent(parts[0], t -> new LinkedHashSet<>()).addAll(suite.strings(service,
                        "SELECT id::text FROM " + parts[0] + " WHERE organization_id = ?::uuid AND " + parts[1]
                                + "::text = ANY (?::text[]) ORDER BY id LIMIT 3", club, people.toArray(String[]::new)));
            }
            byService.put(service, byResource);
        }
        return byService;
    }

    /** "table column" of each club table of the service with an id and a column naming a person. */
    private static List<String> personTables(String service) {
        return suite.strings(service, """
                SELECT p.table_name || ' ' || p.column_name FROM information_schema.columns p
                JOIN information_schema.columns o ON o.table_name = p.table_name AND o.table_schema = p.table_schema
                    AND o.column_name = 'organization_id'
                JOIN information_schema.columns i ON i.table_name = p.table_name AND i.table_schema = p.table_schema
                    AND i.column_name = 'id'
                WHERE p.table_schema = 'public' AND p.column_name::text = ANY (?::text[]) ORDER BY 1""",
                (Object) PERSON_COLUMNS.toArray(String[]::new));
    }

    @Test
    void aPlayerOrParentGetsNoOtherPersonsRecordsInAnyService() {
        List<String> findings = new ArrayList<>();
        /** "role service GET path" → "own statuses / other statuses". */
        Map<String, String> table = new TreeMap<>();
        int ownRead = 0;
        int withoutAPersonsId = 0;
        for (OpenApiOperation op : OpenApiOperation.all(api, List.of("get"))) {
            if (!op.path().contains("{")) {
                continue;
            }
            String service = op.service();
            for (Map.Entry<String, String> role : tokens.entrySet()) {
                List<Map<String, Map<String, Set<String>>>> mineAndTheirs = ids.get(role.getKey());
                List<String> own = personal(service, op.path(), mineAndTheirs.get(0).get(service));
                List<String> others = personal(service, op.path(), mineAndTheirs.get(1).get(service));
                if (own.isEmpty() || others.isEmpty()) {
                    withoutAPersonsId++;
                    continue;
                }
                Set<Integer> ownStatuses = new TreeSet<>();
                for (String url : own) {
                    Api.Response r = api.get(service, role.getValue(), url);
                    ownStatuses.add(r.status());
                    if (r.status() >= 500) {
                        findings.add(role.getKey() + " " + op.name() + " " + url + " (own) → " + r.status() + " "
                                + r.body());
                    }
                }
                if (ownStatuses.stream().anyMatch(status -> status < 300)) {
                    ownRead++;
                }
                Set<Integer> otherStatuses = new TreeSet<>();
                for (String url : others) {
                    Api.Response r = api.get(service, role.getValue(), url);
                    otherStatuses.add(r.status());
                    boolean refused = r.status() == 403 || r.status() == 404;
                    if (r.status() >= 500 || (!refused && !readableByDesign(op.name(), url))) {
                        findings.add(role.getKey() + " " + op.name() + " " + url + " → " + r.status() + " "
                                + r.body().substring(0, Math.min(200, r.body().length())));
                    }
                }
                table.put(role.getKey() + " " + op.name(), "own " + ownStatuses + " / another's " + otherStatuses);
            }
        }
        StringBuilder printed = new StringBuilder();
        table.forEach((operation, answers) -> printed.append("\n  ").append(operation).append(": ").append(answers));
        System.out.printf("[same-club] %d operations × role with a person's id (%d read their own), %d without one;"
                + " findings %d%s%n", table.size(), ownRead, withoutAPersonsId, findings.size(), printed);
        assertThat(table.size()).as("operations that take a person's id or their row's").isGreaterThan(40);
        assertThat(ownRead).as("operations where the role reads its own (the control)").isGreaterThan(30);
        assertThat(findings).as("another person's records answered to a player or parent of the same club").isEmpty();
    }

    /**
     * Every write (POST, PUT, PATCH, DELETE) that names another family's person or row — in its path, or in the id
     * fields of a body built from its schema (valid, so it reaches the service's own checks) — is refused (400, 403,
     * 404, 409 or 422), and none of their rows changes. There is no own control here: a write to one's own records
     * would change the demo data the other tests read.
     */
    @Test
    void aPlayerOrParentChangesNoOtherPersonsRecordsInAnyService() {
        Map<String, String> before = rowsOfTheOthers();
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int operations = 0;
        for (OpenApiOperation op : OpenApiOperation.all(api, List.of("post", "put", "patch", "delete"))) {
            String service = op.service();
            for (Map.Entry<String, String> role : tokens.entrySet()) {
                Map<String, Set<String>> theirs = ids.get(role.getKey()).get(1).get(service);
                Map<String, Set<String>> withShared = withShared(service, theirs);
                List<String> urls = personal(service, op.path(), theirs);
                List<String> personalInBody = new ArrayList<>();
                String body = op.hasBody() ? JSONValue.toJSONString(OpenApiSchemas.validBody(op, property -> {
                            Set<String> candidates = PathIds.candidates(withShared, "", property, 0);
                            if (!candidates.isEmpty() && theirs.containsValue(candidates)) {
                                personalInBody.add(property);
                            }
                            return candidates.isEmpty() ? null : candidates.iterator().next();
                        })) : null;
                if (urls.isEmpty() && !personalInBody.isEmpty()) {
                    urls = PathIds.urls(op.path(), withShared); // the person is in the body only
                }
                if (urls.isEmpty()) {
                    continue;
                }
                operations++;
                for (String url : urls.subList(0, Math.min(2, urls.size()))) {
                    Api.Response r = api.call(service, op.method(), role.getValue(), url, body);
                    statuses.merge(r.status(), 1, Integer::sum);
                    if (!WRITE_REFUSALS.contains(r.status())) {
                        findings.add("%s %s %s %s → %d %s".formatted(role.getKey(), op.name(), url,
                                body == null ? "" : body, r.status(),
                                r.body().substring(0, Math.min(200, r.body().length()))));
                    }
                }
            }
        }
        Map<String, String> after = rowsOfTheOthers();
        before.forEach((table, rows) -> {
            if (!rows.equals(after.get(table))) {
                findings.add("another family's rows in " + table + " changed during the run");
            }
        });
        System.out.printf("[same-club] %d writes × role naming another family's person or row; statuses %s;"
                + " findings %d%n", operations, statuses, findings.size());
        assertThat(operations).as("writes that name a person or their row").isGreaterThan(20);
        assertThat(findings).as("writes a player or parent made to another family's records").isEmpty();
    }

    /** Per person-owned club table of each service: the other family's rows (count and content hash). */
    private static Map<String, String> rowsOfTheOthers() {
        Map<String, String> rows = new TreeMap<>();
        Set<String> others = Set.of(LUCAS.toString(), OTHER_PARENT);
        for (String service : SystemSuite.SERVICES) {
            for (String tableAndColumn : personTables(service)) {
                String[] parts = tableAndColumn.split(" ");
                if (CHANGED_BY_WORKERS.contains(service + "." + parts[0])) {
                    continue;
                }
                rows.put(service + "." + parts[0] + "." + parts[1], String.join(",", suite.strings(service,
                        "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t.id::text)), '')"
                                + " FROM " + parts[0] + " t WHERE organization_id = ?::uuid AND " + parts[1]
                                + "::text = ANY (?::text[])", DemoIds.CLUB.toString(),
                        others.toArray(String[]::new))));
            }
        }
        return rows;
    }

    /**
     * The template filled with these people's ids (a person parameter) or their rows' ids; empty unless at least one
     * parameter is personal — an operation on the club, a team or an event says nothing about one person.
     */
    private static List<String> personal(String service, String template, Map<String, Set<String>> theirs) {
        Map<String, Set<String>> byResource = withShared(service, theirs);
        boolean personal = false;
        Matcher m = PathIds.PARAM.matcher(template);
        while (m.find()) {
            Set<String> ids = PathIds.candidates(byResource, template, m.group(1), m.start());
            if (!ids.isEmpty() && theirs.containsValue(ids)) {
                personal = true;
            }
        }
        return personal ? PathIds.urls(template, byResource) : List.of();
    }

    /**
     * What everyone in the club shares (the club, teams, events, conversations, …: so a team is a team, not a
     * membership row), then these people's ids and rows.
     */
    private static Map<String, Set<String>> withShared(String service, Map<String, Set<String>> theirs) {
        Map<String, Set<String>> byResource = new LinkedHashMap<>(sharedRows.get(service));
        theirs.forEach(byResource::putIfAbsent);
        return byResource;
    }

    /** Whether this answer about another person is one the caller may have, by the operation's rule. */
    private static boolean readableByDesign(String operation, String url) {
        if (!READABLE_IN_THE_CLUB.containsKey(operation)) {
            return false;
        }
        String person = url.substring(url.lastIndexOf('/') + 1);
        String onTheRoster = CONNOR.toString(); // the player himself, the parent's child
        return Integer.parseInt(suite.strings("user-service", """
                SELECT count(*) FROM team_members mine JOIN team_members theirs ON theirs.team_id = mine.team_id
                WHERE mine.user_id = ?::uuid AND theirs.user_id = ?::uuid
                  AND mine.left_at IS NULL AND theirs.left_at IS NULL
                  AND mine.deleted_at IS NULL AND theirs.deleted_at IS NULL""", onTheRoster, person).get(0)) > 0;
    }
}
