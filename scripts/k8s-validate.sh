#!/usr/bin/env bash
# Checks deploy/k8s without a cluster: the generated base matches the tables (scripts/k8s-generate.sh --check),
# every overlay renders with `kubectl kustomize`, and DeployManifestsTest (module deploy/tests) parses every rendered
# object with fabric8's Kubernetes model and checks the invariants (probes, limits, non-root, read-only root
# filesystem, HPA and PDB per service, secrets only as references, env names the services read, the route table).
#   scripts/k8s-validate.sh            [KUBECTL=kubectl]
set -euo pipefail
ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
KUBECTL=${KUBECTL:-kubectl}
cd "$ROOT"
command -v "$KUBECTL" >/dev/null || { echo "[k8s-validate] $KUBECTL not found (kubectl ≥ 1.27 renders kustomize)" >&2; exit 1; }
scripts/k8s-generate.sh --check
for overlay in deploy/k8s/overlays/*/; do
  name=$(basename "$overlay")
  "$KUBECTL" kustomize "$overlay" >/dev/null
  echo "[k8s-validate] overlay $name renders"
done
./mvnw -B -q ${MAVEN_OFFLINE:+-o} -Pdeploy-tests -pl deploy/tests verify -Dkubectl="$KUBECTL"
echo "[k8s-validate] manifests valid"
