#!/usr/bin/env bash
# Loads the energy-service demo data: grid zones, typical profiles (CSV), grid upgrades and candidate upgrades from
# deploy/demo/energy/. Idempotent: what exists is left as it is, an identical profile is not
# rewritten, so a second run changes nothing. One line per step; on a failure, the problem body
# and a non-zero exit.
#
# Usage: deploy/demo/load-energy.sh BASE_URL TOKEN [PUBLIC_URL]   (PUBLIC_URL: accepted, as by every
# loader; this one prints no address)
#   e.g. deploy/demo/load-energy.sh http://127.0.0.1:8082 "$(./sovplan token ada)"
# Needs bash and curl only. The token needs role admin and sovplan_regions covering the zones.
set -euo pipefail

BASE=${1:?usage: load-energy.sh BASE_URL TOKEN}
TOKEN=${2:?usage: load-energy.sh BASE_URL TOKEN}
BASE=${BASE%/}
DATA=$(cd "$(dirname "${BASH_SOURCE[0]}")/energy" && pwd)
BODY=$(mktemp)
trap 'rm -f "$BODY"' EXIT

created=0 unchanged=0 replaced=0

# request METHOD PATH CONTENT_TYPE FILE: sets STATUS, leaves the answer in $BODY.
request() {
  local data=()
  [ -n "$4" ] && data=(--data-binary "@$4" -H "Content-Type: $3")
  STATUS=$(curl -sS -o "$BODY" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN" \
    -H 'Accept: application/json' "${data[@]}" "$BASE$2") \
    || { echo "FAILED: $1 $BASE$2: energy-service cannot be reached" >&2; exit 1; }
}

fail() {
  echo "FAILED: $1 (HTTP $STATUS):" >&2
  cat "$BODY" >&2
  echo >&2
  exit 1
}

# The value of "version" in the last answer, without jq.
version() {
  grep -o '"version"[[:space:]]*:[[:space:]]*[0-9]*' "$BODY" | head -n 1 | grep -o '[0-9]*$' || true
}

urlencode() {
  local s=$1 out='' c i hex
  for ((i = 0; i < ${#s}; i++)); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9.~_-]) out+=$c ;;
      *) printf -v hex '%%%02X' "'$c"; out+=$hex ;;
    esac
  done
  printf '%s' "$out"
}

profile_source() {
  case $1 in
    ZA) echo "Illustrative typical profile: coal base, solar midday dip deeper in the southern summer, evening OCGT peak; prices shaped after Eskom Megaflex time-of-use seasons. UTC hours." ;;
    KE) echo "Illustrative typical profile: flat geothermal/hydro base, dry-season and evening thermal peaks; prices with an illustrative night off-peak discount. UTC hours." ;;
    DE) echo "Illustrative typical profile: solar midday dip deeper in summer, winter and evening peaks; wholesale shape plus network charges and levies. UTC hours." ;;
    FR) echo "Illustrative typical profile: nuclear base, winter evening peak. UTC hours." ;;
    *) echo "Illustrative typical profile. UTC hours." ;;
  esac
}

zones=0
for file in "$DATA"/zones/*.json; do
  code=$(basename "$file" .json)
  request POST /api/v1/grid-zones application/json "$file"
  case $STATUS in
    201) echo "zone $code: created"; created=$((created + 1)) ;;
    409) echo "zone $code: exists, left as it is"; unchanged=$((unchanged + 1)) ;;
    *) fail "zone $code" ;;
  esac
  zones=$((zones + 1))
done

profiles=0
for file in "$DATA"/profiles/*.csv; do
  code=$(basename "$file" .csv)
  request GET "/api/v1/grid-zones/$code/profile" "" ""
  case $STATUS in
    200) before=$(version) ;;
    404) before='' ;;
    *) fail "profile $code" ;;
  esac
  request PUT "/api/v1/grid-zones/$code/profile?estimated=true&source=$(urlencode "$(profile_source "$code")")" \
    text/csv "$file"
  case $STATUS in
    201) echo "profile $code: created"; created=$((created + 1)) ;;
    200)
      if [ "$(version)" = "$before" ]; then
        echo "profile $code: unchanged (version $before)"; unchanged=$((unchanged + 1))
      else
        echo "profile $code: replaced (version $(version))"; replaced=$((replaced + 1))
      fi ;;
    *) fail "profile $code" ;;
  esac
  profiles=$((profiles + 1))
done

upgrades=0
for file in "$DATA"/upgrades/*.json; do
  name=$(basename "$file" .json)
  request POST /api/v1/grid-upgrades application/json "$file"
  case $STATUS in
    201) echo "upgrade $name: created"; created=$((created + 1)) ;;
    409) echo "upgrade $name: exists, left as it is"; unchanged=$((unchanged + 1)) ;;
    *) fail "upgrade $name" ;;
  esac
  upgrades=$((upgrades + 1))
done

candidates=0
for file in "$DATA"/candidates/*/*.json; do
  [ -f "$file" ] || continue
  zone=$(basename "$(dirname "$file")")
  name=$(basename "$file" .json)
  request POST "/api/v1/grid-zones/$zone/upgrade-candidates" application/json "$file"
  case $STATUS in
    201) echo "candidate $zone/$name: created"; created=$((created + 1)) ;;
    409) echo "candidate $zone/$name: exists, left as it is"; unchanged=$((unchanged + 1)) ;;
    *) fail "candidate $zone/$name" ;;
  esac
  candidates=$((candidates + 1))
done

echo "$zones zones, $profiles profiles, $upgrades upgrades, $candidates candidate upgrades: $created created, $replaced replaced, $unchanged unchanged"
