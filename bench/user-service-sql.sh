# Sourced by the user-service benchmarks: the SQL fragments user-service sends for the club directory (UserSearch),
# so EXPLAIN runs the statements the service really runs. Needs ORG (the club's id) set before use.
search_word() { # word -> the condition UserSearch adds for each word of q (a prefix of one of the person's words)
  echo "u.id IN (SELECT w.user_id FROM user_search_words w WHERE w.word ^@ '$1' AND w.organization_id = '$ORG')"
}
club_member() {
  echo "EXISTS (SELECT 1 FROM user_organizations m WHERE m.user_id = u.id AND m.organization_id = '$ORG' AND m.deleted_at IS NULL)"
}
