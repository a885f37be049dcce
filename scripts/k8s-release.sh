#!/usr/bin/env bash
# Rolls out one overlay of deploy/k8s with the migrations run once, before the new pods start:
#   1. everything but the Deployments (ConfigMaps, Services, databases, autoscalers, budgets, Ingress, migration Jobs)
#   2. waits until every migration Job has completed (DB_MIGRATE_ONLY: Flyway, then exit 0)
#   3. the Deployments (rolling update: a new pod takes traffic only when its readiness probe answers)
# The previous release's Jobs are deleted first (a Job's pod template cannot be changed in place).
#   scripts/k8s-release.sh dev|production        [KUBECTL=kubectl] [MIGRATE_TIMEOUT=15m]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
OVERLAY=${1:?usage: scripts/k8s-release.sh dev|production}
KUBECTL=${KUBECTL:-kubectl}
DIR=$ROOT/deploy/k8s/overlays/$OVERLAY
[ -d "$DIR" ] || { echo "[k8s-release] no overlay $OVERLAY in deploy/k8s/overlays" >&2; exit 1; }
rendered=$(mktemp)
trap 'rm -f "$rendered"' EXIT
"$KUBECTL" kustomize "$DIR" >"$rendered"
ns=$(awk '/^  namespace: /{print $2; exit}' "$rendered")
echo "[k8s-release] $OVERLAY → namespace $ns"
"$KUBECTL" -n "$ns" delete job -l app.kubernetes.io/component=migrate --ignore-not-found
"$KUBECTL" apply -f "$rendered" -l 'app.kubernetes.io/component!=server'
"$KUBECTL" -n "$ns" wait --for=condition=complete job -l app.kubernetes.io/component=migrate \
  --timeout="${MIGRATE_TIMEOUT:-15m}"
"$KUBECTL" apply -f "$rendered"
"$KUBECTL" -n "$ns" rollout status deployment -l app.kubernetes.io/part-of=hockey-hub --timeout=15m
