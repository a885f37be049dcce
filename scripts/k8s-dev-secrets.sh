#!/usr/bin/env bash
# Creates the Secrets the dev overlay references, with fresh random values (nothing is committed; production
# Secrets come from the secret store: External Secrets, Sealed Secrets or `kubectl create secret` by an operator).
# The database credentials (<cluster>-app) are written by CloudNativePG itself.
#   scripts/k8s-dev-secrets.sh [namespace]      (default hockeyhub-dev)
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
NS=${1:-hockeyhub-dev}
KUBECTL=${KUBECTL:-kubectl}
rand() { head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40; }
apply() { "$KUBECTL" -n "$NS" create secret generic "$@" --dry-run=client -o yaml | "$KUBECTL" apply -f -; }
"$KUBECTL" create namespace "$NS" --dry-run=client -o yaml | "$KUBECTL" apply -f -
redis_password=$(rand)
apply hockeyhub-redis --from-literal=password="$redis_password" \
  --from-literal=url="redis://:$redis_password@redis-master:6379"
apply hockeyhub-metrics --from-literal=scrape-token="$(rand)"
key=$(mktemp); trap 'rm -f "$key"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$key" 2>/dev/null
apply hockeyhub-jwt --from-file=private-key="$key"
args=()
while read -r name _; do
  case $name in ''|'#'*|user-service) continue ;; esac
  args+=(--from-literal="$name=$(rand)")
done <"$ROOT/scripts/services.txt"
apply hockeyhub-service-clients "${args[@]}"
echo "[k8s-dev-secrets] Secrets in $NS: hockeyhub-redis, hockeyhub-metrics, hockeyhub-jwt, hockeyhub-service-clients"
