#!/usr/bin/env bash
# Loads the demo workloads of placement-service (deploy/demo/placement/workloads.json), skipping
# any whose name already exists in its region, so it can run again safely. bash + curl only.
# Usage: deploy/demo/load-placement.sh BASE_URL TOKEN [PUBLIC_URL]   (PUBLIC_URL: accepted, as by every
# loader; this one prints no address)
#   e.g. deploy/demo/load-placement.sh http://127.0.0.1:8083 "$(./sovplan token paul)"
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
  echo "usage: $0 BASE_URL TOKEN [PUBLIC_URL]" >&2
  exit 2
fi
base="${1%/}"
token="$2"
file="$(cd "$(dirname "$0")" && pwd)/placement/workloads.json"

urlencode() {
  local s="$1" out="" c i
  for (( i = 0; i < ${#s}; i++ )); do
    c="${s:i:1}"
    case "$c" in
      [a-zA-Z0-9.~_-]) out+="$c" ;;
      *) out+=$(printf '%%%02X' "'$c") ;;
    esac
  done
  printf '%s' "$out"
}

field() {
  # the string value of a top-level field of a one-line JSON object
  sed -n "s/.*\"$1\": *\"\\([^\"]*\\)\".*/\\1/p" <<<"$2"
}

created=0 skipped=0
while IFS= read -r line; do
  case "$line" in *'"name"'*) ;; *) continue ;; esac
  body="${line%,}"
  body="${body#"${body%%\{*}"}"
  name="$(field name "$body")"
  region="$(field regionCode "$body")"
  found="$(curl -fsS -H "Authorization: Bearer $token" \
    "$base/api/v1/workloads?regionCode=$(urlencode "$region")&name=$(urlencode "$name")&size=1")"
  if [[ "$found" != *'"total":0'* ]]; then
    echo "exists:  $name"
    skipped=$((skipped + 1))
    continue
  fi
  status="$(curl -sS -o /tmp/load-placement.$$ -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data "$body" "$base/api/v1/workloads")"
  if [ "$status" != "201" ]; then
    echo "failed:  $name (HTTP $status): $(cat /tmp/load-placement.$$)" >&2
    rm -f /tmp/load-placement.$$
    exit 1
  fi
  rm -f /tmp/load-placement.$$
  echo "created: $name"
  created=$((created + 1))
done < "$file"
# The demo scenarios (deploy/demo/placement/scenarios.json, one per line): skipped when one of the
# same name exists in the region. The name and region are the first two fields of each line.
scenarios="$(dirname "$file")/scenarios.json"
while IFS= read -r line; do
  case "$line" in *'"name"'*) ;; *) continue ;; esac
  body="${line%,}"
  body="${body#"${body%%\{*}"}"
  name="$(sed -n 's/^{"name": *"\([^"]*\)".*/\1/p' <<<"$body")"
  region="$(sed -n 's/^{"name": *"[^"]*", *"regionCode": *"\([^"]*\)".*/\1/p' <<<"$body")"
  found="$(curl -fsS -H "Authorization: Bearer $token" \
    "$base/api/v1/scenarios?regionCode=$(urlencode "$region")&size=500")"
  if [[ "$found" == *"\"name\":\"$name\""* ]]; then
    echo "exists:  scenario $name"
    skipped=$((skipped + 1))
    continue
  fi
  status="$(curl -sS -o /tmp/load-placement.$$ -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' --data "$body" "$base/api/v1/scenarios")"
  if [ "$status" != "201" ]; then
    echo "failed:  scenario $name (HTTP $status): $(cat /tmp/load-placement.$$)" >&2
    rm -f /tmp/load-placement.$$
    exit 1
  fi
  rm -f /tmp/load-placement.$$
  echo "created: scenario $name"
  created=$((created + 1))
done < "$scenarios"
echo "placement demo: $created created, $skipped already there"
