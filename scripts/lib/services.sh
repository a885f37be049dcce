# Sourced by ./hockeyhub and scripts/compose.sh (needs ROOT and TABLE, and the functions warn and die).
# ---------------------------------------------------------------------------------------------------------------
# The services: rows of scripts/services.txt (name port database compose-db-port) whose module is in pom.xml
# ---------------------------------------------------------------------------------------------------------------
declare -A PORT=() DB=() DBPORT=() EXTRA_ENV=()
ALL=()        # every row of the table, in order
SERVICES=()   # the rows whose module is in the build

pom_modules() {
  sed -e 's/<!--.*-->//g' "$ROOT/pom.xml" | sed -n 's:.*<module>[[:space:]]*\([^<[:space:]]*\)[[:space:]]*</module>.*:\1:p'
}

load_services() {
  local modules name port db dbport extra m
  modules=" $(pom_modules | tr '\n' ' ') "
  while read -r name port db dbport extra; do
    case $name in ''|'#'*) continue ;; esac
    ALL+=("$name"); PORT[$name]=$port; DB[$name]=$db; DBPORT[$name]=$dbport; EXTRA_ENV[$name]=${extra:-}
    if [[ $modules == *" $name "* ]]; then SERVICES+=("$name"); fi
  done <"$TABLE"
  for m in $modules; do
    if [[ $m == *-service ]] && [ -z "${PORT[$m]:-}" ]; then
      warn "module $m has no row in scripts/services.txt (name port database db-port): it is left out"
    fi
  done
}

# Narrow SERVICES to the names given on the command line (all existing services when none).
select_services() {
  [ $# -eq 0 ] && return 0
  local chosen=() s
  for s in "$@"; do
    if [[ " ${SERVICES[*]} " == *" $s "* ]]; then chosen+=("$s")
    else die "unknown service '$s' (services in the build: ${SERVICES[*]:-none})"; fi
  done
  SERVICES=("${chosen[@]}")
}

db_container() { printf 'db-%s' "${DB[$1]#hockey_hub_}"; }

secret_var() { local n=${1%-service}; printf 'SERVICE_SECRET_%s' "${n^^}"; }   # calendar-service → SERVICE_SECRET_CALENDAR
