#!/usr/bin/env bash
# Loads the demo inventory of deploy/demo/capacity/ into capacity-service: first the regions
# (countries before their subdivisions), then the sites with their accelerator pools in one
# all-or-nothing import. Idempotent: regions that exist are left alone and sites that exist
# (same region and name) are skipped, so a second run changes nothing and succeeds.
#
#   deploy/demo/load-capacity.sh BASE_URL TOKEN [PUBLIC_URL]
#   deploy/demo/load-capacity.sh http://127.0.0.1:8081 "$(./sovplan token ada)" http://127.0.0.1:8080
#
# PUBLIC_URL is the address users reach the API at (the gateway); the closing hint names it.
# Without it, the hint names BASE_URL.
#
# Needs bash and curl only. Prints one line per step; on a failure prints the problem document
# the service answered and exits non-zero. The token needs role admin and sovplan_regions ["*"].
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 || -z "$1" || -z "$2" ]]; then
    echo "usage: $0 BASE_URL TOKEN [PUBLIC_URL]   (e.g. $0 http://127.0.0.1:8081 \"\$(./sovplan token ada)\")" >&2
    exit 2
fi
BASE_URL=${1%/}
TOKEN=$2
PUBLIC_URL=${3:-$BASE_URL}
PUBLIC_URL=${PUBLIC_URL%/}
DATA_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/capacity" && pwd)
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

# call METHOD PATH [FILE-OR-DATA]: sets STATUS and leaves the answer in $BODY.
call() {
    local method=$1 path=$2 data=${3:-}
    local args=(--silent --show-error --max-time 120 -o "$BODY" -w '%{http_code}' -X "$method"
        -H "Authorization: Bearer $TOKEN")
    if [[ -n "$data" ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$data")
    fi
    if ! STATUS=$(curl "${args[@]}" "$BASE_URL$path"); then
        echo "FAILED: $method $BASE_URL$path: cannot reach capacity-service" >&2
        exit 1
    fi
}

fail() {
    echo "FAILED: $1 (HTTP $STATUS):" >&2
    cat "$BODY" >&2
    echo >&2
    exit 1
}

# Regions: one JSON object per line of regions.json, parents before subdivisions.
while IFS= read -r line; do
    [[ "$line" =~ ^[[:space:]]*\{ ]] || continue
    region=$(printf '%s' "$line" | sed -e 's/^[[:space:]]*//' -e 's/[[:space:]]*,\{0,1\}[[:space:]]*$//')
    code=$(printf '%s' "$region" | sed -n 's/.*"code"[[:space:]]*:[[:space:]]*"\([^"]*\)".*/\1/p')
    [[ -n "$code" ]] || { echo "FAILED: a line of regions.json has no code: $region" >&2; exit 1; }
    call GET "/api/v1/regions/$code"
    case "$STATUS" in
        200) echo "region $code: exists, left as is" ;;
        404)
            call POST /api/v1/regions "$region"
            [[ "$STATUS" == 201 ]] || fail "create region $code"
            echo "region $code: created"
            ;;
        *) fail "read region $code" ;;
    esac
done < "$DATA_DIR/regions.json"

# Sites: one import, validated as a whole; ifExists=skip leaves existing sites untouched.
call POST '/api/v1/sites/import?ifExists=skip' "@$DATA_DIR/sites.json"
[[ "$STATUS" == 200 ]] || fail "import sites.json"
created=$(grep -o '"created":[0-9]*' "$BODY" | head -n 1 | cut -d: -f2)
skipped=$(grep -o '"skipped":[0-9]*' "$BODY" | head -n 1 | cut -d: -f2)
echo "sites: ${created:-0} created, ${skipped:-0} already there"
echo "done: see $PUBLIC_URL/api/v1/capacity/summary?regionCode=KE"
