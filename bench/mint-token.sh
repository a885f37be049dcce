#!/usr/bin/env bash
# Mints an RS256 token for the suite (claims: sub, roles, org; 1 h) with a PEM private key:
#   bench/mint-token.sh key.pem [role] [org-uuid] [subject-uuid]   (subject: a fresh random user by default)
set -euo pipefail
key=$1; role=${2:-super_admin}; org=${3:-}; sub=${4:-$(cat /proc/sys/kernel/random/uuid)}
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
header='{"alg":"RS256","typ":"JWT","kid":"bench"}'
payload="{\"sub\":\"$sub\",\"iss\":\"hockey-hub-bench\",\"iat\":$now,\"exp\":$((now + 3600)),\"roles\":[\"$role\"]${org:+,\"org\":\"$org\"},\"teams\":[],\"children\":[]}"
unsigned="$(printf '%s' "$header" | b64).$(printf '%s' "$payload" | b64)"
signature=$(printf '%s' "$unsigned" | openssl dgst -sha256 -sign "$key" | b64)
printf '%s.%s\n' "$unsigned" "$signature"
