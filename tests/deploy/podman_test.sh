#!/usr/bin/env bash
# The container images, end to end, with podman: builds them
# (deploy/build_images.sh: a debootstrap base image, no registry), then for
# each store
#   - embedded: deploy/compose.yaml with podman-compose, ingest and query
#     sharing a SQLite file on a named volume;
#   - PostgreSQL: a container of the local PostgreSQL image, the pair in its
#     network namespace (only when the binaries take postgresql:// URIs);
# starts the pair read-only as UID 10001, waits for the images' health
# checks (the binaries' --health_check mode), ingests the seed article
# through the ingest container and asks the query container about it with
# `buf curl`, checks the user, the read-only root and the writable paths,
# stops both gracefully (exit 0 on SIGTERM) and checks that the data
# outlived the containers.
#
# Usage: tests/deploy/podman_test.sh [--if-changed] [--skip-build]
#   --if-changed  (ctest) run only when the container files changed since
#                 the previous commit, or NEWSGRAPH_CONTAINER_TEST=1; skip otherwise
#   --skip-build  use the images already built
# Exit: 0 passed, 1 failed, 77 skipped (podman cannot run here, or gated off).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
buf=$root/tools/node_modules/.bin/buf
seed=${NEWSGRAPH_CORPUS_DIR:-$root/../shared/corpus}/seed/azernews-2020-01-24.txt
prefix=newsgraph-test-$$
ingest_image=localhost/newsgraph-ingest:latest
query_image=localhost/newsgraph-query:latest
postgres_image=localhost/newsgraph-postgres:15
# What a change to these can break is only seen here.
container_files=(deploy ':(exclude)deploy/k8s' .dockerignore tools/setup.sh
                 tests/deploy/podman_test.sh)

if_changed=false
skip_build=false
for arg in "$@"; do
  case "$arg" in
    --if-changed) if_changed=true ;;
    --skip-build) skip_build=true ;;
    *) echo "usage: $0 [--if-changed] [--skip-build]" >&2; exit 2 ;;
  esac
done

log() { echo "podman_test: $*"; }
# Without systemd, podman reports on every container with a health check
# that it cannot set up the check's timer; the checks are run by hand
# (podman healthcheck run), so that noise is dropped.
podman() { command podman "$@" 2> >(grep -v 'unable to get systemd connection' >&2); }
skip() { log "skipped: $*"; exit 77; }
fail() { log "FAIL: $*" >&2; exit 1; }

# --- whether to run ----------------------------------------------------------

gate() {
  case "${NEWSGRAPH_CONTAINER_TEST:-}" in
    1) return ;;
    0) skip "NEWSGRAPH_CONTAINER_TEST=0" ;;
  esac
  $if_changed || return 0
  if ! git -C "$root" rev-parse -q --verify HEAD~1 >/dev/null; then
    skip "no previous commit to compare the container files with" \
         "(NEWSGRAPH_CONTAINER_TEST=1 runs it anyway)"
  fi
  if git -C "$root" diff --quiet HEAD~1 -- "${container_files[@]}"; then
    skip "no change to ${container_files[*]} since the previous commit" \
         "(NEWSGRAPH_CONTAINER_TEST=1 runs it anyway)"
  fi
}

# podman, buildah, debootstrap and runc: installed on demand (root only).
ensure_podman() {
  if ! command -v podman >/dev/null || ! command -v debootstrap >/dev/null ||
     ! command -v runc >/dev/null || ! command -v podman-compose >/dev/null; then
    [ "$(id -u)" -eq 0 ] || skip "podman, podman-compose, debootstrap or runc missing (tools/setup.sh --containers)"
    log "installing the container tools (tools/setup.sh --containers)"
    bash "$root/tools/setup.sh" --containers >/dev/null || skip "cannot install the container tools"
  fi
  [ "$(id -u)" -eq 0 ] || skip "the test builds a base image with debootstrap: run it as root"
  # A private configuration: runc, and ulimits this host lets root set
  # (see deploy/build_images.sh).
  workdir=$(mktemp -d /tmp/newsgraph-podman-test.XXXXXX)
  cat >"$workdir/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
EOF
  export CONTAINERS_CONF=$workdir/containers.conf
  podman info >/dev/null 2>&1 || skip "podman cannot run here: $(podman info 2>&1 | tail -n 1)"
  [ -x "$buf" ] || fail "buf missing ($buf): run tools/setup.sh"
  [ -f "$seed" ] || skip "the seed article is missing ($seed)"
}

# --- helpers -----------------------------------------------------------------

containers=()
volumes=()
networks=()
cleanup() {
  local status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 77 ]; then
    for c in "${containers[@]}"; do
      echo "--- logs of $c"; podman logs --tail 30 "$c" 2>&1 || true
    done
    [ ! -f "${workdir:-}/compose.log" ] || { echo "--- podman-compose"; tail -n 30 "$workdir/compose.log"; }
  fi
  for c in "${containers[@]}"; do podman rm -f -t 5 "$c" >/dev/null 2>&1 || true; done
  for v in "${volumes[@]}"; do podman volume rm -f "$v" >/dev/null 2>&1 || true; done
  for n in "${networks[@]}"; do podman network rm -f "$n" >/dev/null 2>&1 || true; done
  [ -z "${workdir:-}" ] || rm -rf "$workdir"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_healthy CONTAINER SECONDS: the image's health check passes.
wait_healthy() {
  local c=$1 deadline=$((SECONDS + $2))
  until podman healthcheck run "$c" >/dev/null 2>&1; do
    [ "$(podman inspect --format '{{.State.Running}}' "$c")" = true ] || fail "$c exited"
    [ "$SECONDS" -lt "$deadline" ] || fail "$c not healthy after $2 s"
    sleep 1
  done
}

# The service containers' common options: locked down as in compose.yaml.
locked_down=(--read-only --read-only-tmpfs=false --tmpfs /tmp --cap-drop ALL
             --security-opt no-new-privileges --stop-timeout 30)

curl_json() {  # curl_json URL METHOD JSON
  "$buf" curl --protocol grpc --http2-prior-knowledge -d "$3" "$1/$2"
}

# field JSON PYTHON-EXPRESSION: evaluates the expression on the parsed
# answer `r` (the API's JSON), printing the result.
field() {
  python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print(eval(sys.argv[2]))' "$1" "$2"
}

entity_named() {  # entity_named QUERY_URL NAME: the resource name of the country NAME
  local answer
  answer=$(curl_json "$1" newsgraph.v1.QueryService/SearchEntities \
    "{\"query\": \"$2\", \"filter\": \"type = LOCATION\", \"pageSize\": 5}")
  field "$answer" "next(e['name'] for e in r.get('entities', []) if e.get('displayName') == '$2')" ||
    fail "SearchEntities did not find $2: $answer"
}

# --- the checks, per store ---------------------------------------------------

check_images() {
  local image user
  for image in "$ingest_image" "$query_image"; do
    user=$(podman image inspect --format '{{.Config.User}}' "$image")
    [ "$user" = 10001:10001 ] || fail "$image runs as \"$user\", not 10001:10001"
    [ -n "$(podman image inspect --format '{{.HealthCheck}}' "$image" | grep -v '<nil>')" ] ||
      fail "$image has no HEALTHCHECK (build with --format docker)"
  done
  podman image inspect --format '{{.Config.Env}}' "$ingest_image" |
    grep -q 'NEWSGRAPH_GAZETTEER=/usr/share/newsgraph/gazetteer.bin' ||
    fail "$ingest_image does not set NEWSGRAPH_GAZETTEER"
  # Every shared library the binaries need is in the runtime image.
  local missing
  missing=$(podman run --rm --pull=never --no-healthcheck --entrypoint /usr/bin/ldd "$ingest_image" \
              /usr/local/bin/ingest_service | grep 'not found' || true)
  missing+=$(podman run --rm --pull=never --no-healthcheck --entrypoint /usr/bin/ldd "$query_image" \
               /usr/local/bin/query_service | grep 'not found' || true)
  [ -z "$missing" ] || fail "libraries missing from the runtime images: $missing"
}

# check_locked_down CONTAINER: UID 10001, read-only root, writable /tmp and store.
check_locked_down() {
  local c=$1 writable=$2
  [ "$(podman inspect --format '{{.HostConfig.ReadonlyRootfs}}' "$c")" = true ] ||
    fail "$c: root filesystem is writable"
  local uid
  uid=$(podman exec "$c" awk '/^Uid:/ {print $2 "," $3}' /proc/1/status)
  [ "$uid" = 10001,10001 ] || fail "$c: the service runs as uid $uid, not 10001"
  if podman exec "$c" sh -c 'echo x >/usr/local/probe' 2>/dev/null; then
    fail "$c: could write to /usr/local"
  fi
  podman exec "$c" sh -c 'echo x >/tmp/probe' || fail "$c: /tmp is not writable"
  [ -z "$writable" ] || podman exec "$c" sh -c "echo x >$writable/probe && rm $writable/probe" ||
    fail "$c: $writable is not writable"
}

# exercise INGEST_URL QUERY_URL: the seed in, its relationship out. Prints
# the article's resource name.
exercise() {
  local ingest=$1 query=$2 answer article
  answer=$(curl_json "$ingest" newsgraph.v1.IngestService/CreateArticle \
    "{\"content\": \"$(base64 -w0 "$seed")\", \"view\": \"ARTICLE_VIEW_BASIC\"}") ||
    fail "CreateArticle through the ingest container failed: $answer"
  article=$(field "$answer" "r['article']['name']")
  [[ "$article" == articles/* ]] || fail "CreateArticle answered $answer"
  answer=$(curl_json "$query" newsgraph.v1.QueryService/GetArticle \
    "{\"name\": \"$article\", \"view\": \"ARTICLE_VIEW_BASIC\"}") ||
    fail "GetArticle $article through the query container failed: $answer"
  local aze geo
  aze=$(entity_named "$query" Azerbaijan)
  geo=$(entity_named "$query" Georgia)
  answer=$(curl_json "$query" newsgraph.v1.QueryService/GetRelationship \
    "{\"entity\": \"$aze\", \"otherEntity\": \"$geo\"}") || fail "GetRelationship failed: $answer"
  local verdict
  verdict=$(field "$answer" "'ok' if (
      r['relationship']['entity']['displayName'] == 'Azerbaijan' and
      r['relationship']['otherEntity']['displayName'] == 'Georgia' and
      r['relationship'].get('eventCount', 0) >= 3 and
      any('GUAM' in s['via']['displayName'] for s in r['relationship'].get('sharedRelations', []))
    ) else 'unexpected'")
  [ "$verdict" = ok ] || fail "GetRelationship Azerbaijan-Georgia answered $answer"
  echo "$article"
}

# stop_gracefully CONTAINER: SIGTERM; the service drains and exits 0.
stop_gracefully() {
  local c=$1 start=$SECONDS code
  podman stop -t 30 "$c" >/dev/null
  code=$(podman inspect --format '{{.State.ExitCode}}' "$c")
  [ "$code" = 0 ] || fail "$c exited $code after SIGTERM (not a graceful stop)"
  log "$c stopped gracefully in $((SECONDS - start)) s"
}

# The embedded store, from deploy/compose.yaml with podman-compose (1.0.3 on
# Debian 12: it ignores depends_on conditions, so ingest is started first,
# and stops with a 1 s timeout, so the containers are stopped with podman).
test_embedded() {
  log "embedded store: deploy/compose.yaml, ingest and query sharing a SQLite file on a volume"
  local ip qp project=${prefix//-/_}
  ip=$(free_port)
  qp=$(free_port)
  compose() {
    NEWSGRAPH_INGEST_PORT=$ip NEWSGRAPH_QUERY_PORT=$qp \
      podman-compose --no-ansi -p "$project" -f "$root/deploy/compose.yaml" "$@" >>"$workdir/compose.log" 2>&1
  }
  local ingest=${project}_ingest_1 query=${project}_query_1
  containers+=("$ingest" "$query")
  volumes+=("${project}_store")
  networks+=("${project}_default")
  compose up -d --no-build ingest
  wait_healthy "$ingest" 60
  compose up -d --no-build --no-deps query
  wait_healthy "$query" 60
  log "both healthy"
  check_locked_down "$ingest" /var/lib/newsgraph
  check_locked_down "$query" /var/lib/newsgraph

  local article
  article=$(exercise "http://127.0.0.1:$ip" "http://127.0.0.1:$qp")
  log "ingested $article through the ingest container; the query container relates Azerbaijan and Georgia"

  stop_gracefully "$query"
  stop_gracefully "$ingest"
  # The store outlives the containers: a new query container finds the article.
  podman rm "$query" "$ingest" >/dev/null
  compose up -d --no-build --no-deps query
  wait_healthy "$query" 60
  curl_json "http://127.0.0.1:$qp" newsgraph.v1.QueryService/GetArticle \
    "{\"name\": \"$article\", \"view\": \"ARTICLE_VIEW_BASIC\"}" >/dev/null ||
    fail "$article is gone after the containers were replaced"
  stop_gracefully "$query"
  compose down -v
  log "embedded store: ok"
}

# Whether the binaries have the PostgreSQL store backend: without it they
# refuse postgresql:// URIs at once ("unsupported store URI").
postgres_backend_built() {
  local out
  out=$(timeout 30 podman run --rm --pull=never --no-healthcheck "$ingest_image" \
          --listen=127.0.0.1:0 --store=postgresql://probe@127.0.0.1:1/probe 2>&1 || true)
  ! grep -q 'unsupported store URI' <<<"$out"
}

test_postgres() {
  if ! postgres_backend_built; then
    log "PostgreSQL store: skipped, the binaries have no postgresql:// backend yet"
    return
  fi
  log "PostgreSQL store: a PostgreSQL 15 container, the pair in its network namespace"
  $skip_build || bash "$root/deploy/build_images.sh" postgres
  local vol=$prefix-pgdata ip qp password
  volumes+=("$vol")
  podman volume create "$vol" >/dev/null
  ip=$(free_port)
  qp=$(free_port)
  password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  # The pair joins this container's network: its ports are published here.
  containers+=("$prefix-pg")
  podman run -d --pull=never --name "$prefix-pg" --read-only --read-only-tmpfs=false \
    --tmpfs /tmp -v "$vol:/var/lib/postgresql/data" -e POSTGRES_PASSWORD="$password" \
    -p "127.0.0.1:$ip:50051" -p "127.0.0.1:$qp:50052" "$postgres_image" \
    -c fsync=off -c synchronous_commit=off >/dev/null
  wait_healthy "$prefix-pg" 90
  local store=--store=postgresql://newsgraph@127.0.0.1:5432/newsgraph
  containers+=("$prefix-pg-ingest")
  podman run -d --pull=never --name "$prefix-pg-ingest" "${locked_down[@]}" \
    --network "container:$prefix-pg" -e PGPASSWORD="$password" "$ingest_image" \
    --listen=0.0.0.0:50051 "$store" --drain_delay=1s >/dev/null
  wait_healthy "$prefix-pg-ingest" 60
  containers+=("$prefix-pg-query")
  podman run -d --pull=never --name "$prefix-pg-query" "${locked_down[@]}" \
    --network "container:$prefix-pg" -e PGPASSWORD="$password" "$query_image" \
    --listen=0.0.0.0:50052 "$store" --drain_delay=1s >/dev/null
  wait_healthy "$prefix-pg-query" 60
  check_locked_down "$prefix-pg-ingest" ""
  check_locked_down "$prefix-pg-query" ""
  local article
  article=$(exercise "http://127.0.0.1:$ip" "http://127.0.0.1:$qp")
  log "ingested $article through the ingest container into PostgreSQL"
  stop_gracefully "$prefix-pg-query"
  stop_gracefully "$prefix-pg-ingest"
  podman stop -t 30 "$prefix-pg" >/dev/null
  log "PostgreSQL store: ok"
}

main() {
  gate
  ensure_podman
  local start=$SECONDS
  if ! $skip_build; then
    bash "$root/deploy/build_images.sh" ingest query
    log "images built in $((SECONDS - start)) s"
  fi
  check_images
  test_embedded
  test_postgres
  log "passed in $((SECONDS - start)) s"
}

main
