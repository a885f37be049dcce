# Sourced by the user-service benchmarks: the SQL fragments user-service sends for the club directory (UserSearch),
# so EXPLAIN runs the statements the service really runs. Needs ORG (the club's id) set before use.
search_vector() {
  echo "to_tsvector('simple'::regconfig, u.first_name || ' ' || u.last_name || ' ' || u.email || ' ' || translate(u.email, '@.-_+', '     '))"
}
club_member() {
  echo "EXISTS (SELECT 1 FROM user_organizations m WHERE m.user_id = u.id AND m.organization_id = '$ORG' AND m.deleted_at IS NULL)"
}
