#!/usr/bin/env bash
# Builds the newsgraph container images with podman, offline from any image
# registry: the base image debian:bookworm-slim is made here with
# debootstrap from Debian's mirror (cached as a tarball), then
#   localhost/newsgraph-ingest:latest   (deploy/Dockerfile, target ingest)
#   localhost/newsgraph-query:latest    (deploy/Dockerfile, target query)
#   localhost/newsgraph-postgres:15     (deploy/postgres/Dockerfile)
# and keeps the build stage as localhost/newsgraph-build:latest (the cache of
# the next build; about 1 GB).
#
# Usage: deploy/build_images.sh [ingest] [query] [postgres]   (default: all)
# Needs: tools/setup.sh --containers (podman, buildah, debootstrap, runc),
# and tools/setup.sh's npm data in data/node_modules. Root.
#
# Environment:
#   NEWSGRAPH_ROOTFS_CACHE  where the base tarball is kept (/var/tmp/newsgraph-rootfs)
#   NEWSGRAPH_DEBIAN_MIRROR Debian mirror for debootstrap (default: the host's apt source)
#   NEWSGRAPH_BUILD_JOBS    compile jobs inside the build (2)
#   CONTAINERS_CONF         podman's configuration; when unset, one that
#                           selects runc and ulimits this host allows is
#                           written to a temporary folder
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
base_image=localhost/debian:bookworm-slim
cache=${NEWSGRAPH_ROOTFS_CACHE:-/var/tmp/newsgraph-rootfs}
jobs=${NEWSGRAPH_BUILD_JOBS:-2}

log() { echo "build_images: $*" >&2; }

# crun 1.8 rejects hybrid cgroup layouts and podman's default rlimits exceed
# what root may set on some hosts: runc and explicit ulimits work everywhere
# (docs in README, "Containers").
ensure_containers_conf() {
  if [ -n "${CONTAINERS_CONF:-}" ]; then return; fi
  conf_dir=$(mktemp -d /tmp/newsgraph-containers.XXXXXX)
  trap 'rm -rf "$conf_dir"' EXIT
  local dir=$conf_dir
  cat >"$dir/containers.conf" <<'EOF'
[containers]
default_ulimits = ["nofile=20000:20000", "nproc=32768:32768"]
[engine]
runtime = "runc"
EOF
  export CONTAINERS_CONF=$dir/containers.conf
}

# The host's Debian mirror (first deb.debian.org-style URI of its apt sources).
debian_mirror() {
  if [ -n "${NEWSGRAPH_DEBIAN_MIRROR:-}" ]; then echo "$NEWSGRAPH_DEBIAN_MIRROR"; return; fi
  local uri
  uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '/^URIs:/ {print $2}' |
        grep -v security | head -n1 || true)
  if [ -z "$uri" ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

# A minbase bookworm root filesystem, slimmed like the registry's
# bookworm-slim (no manuals, docs or translations), with the host's apt
# sources, as a tarball in $cache.
make_rootfs_tarball() {
  local tarball=$1 work
  work=$(mktemp -d "$cache/rootfs.XXXXXX")
  log "debootstrap --variant=minbase bookworm from $(debian_mirror) (about 30 s)"
  debootstrap --variant=minbase bookworm "$work/rootfs" "$(debian_mirror)" >"$work/debootstrap.log" 2>&1 ||
    { tail -n 20 "$work/debootstrap.log" >&2; rm -rf "$work"; return 1; }
  local r=$work/rootfs
  cat >"$r/etc/dpkg/dpkg.cfg.d/slim-excludes" <<'EOF'
# As the registry's debian:*-slim images: no manuals, docs or translations.
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
EOF
  echo 'Acquire::Languages "none";' >"$r/etc/apt/apt.conf.d/docker-no-languages"
  find "$r/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
  rm -rf "$r"/usr/share/man/* "$r"/usr/share/info/* "$r"/usr/share/locale/* \
         "$r"/var/cache/apt/archives/*.deb "$r"/var/lib/apt/lists/* "$r"/var/log/*.log
  rm -f "$r/etc/apt/sources.list"
  if compgen -G "/etc/apt/sources.list.d/*.sources" >/dev/null; then
    cp /etc/apt/sources.list.d/*.sources "$r/etc/apt/sources.list.d/"
  else
    cp /etc/apt/sources.list "$r/etc/apt/sources.list"
  fi
  tar -C "$r" -cf "$tarball.tmp" . && mv "$tarball.tmp" "$tarball"
  rm -rf "$work"
}

ensure_base_image() {
  if podman image exists "$base_image"; then return; fi
  mkdir -p "$cache"
  local tarball=$cache/bookworm-minbase-slim.tar
  [ -f "$tarball" ] || make_rootfs_tarball "$tarball"
  log "importing $tarball as $base_image"
  podman import --quiet "$tarball" "$base_image" >/dev/null
}

# build TAG ARGS...: one podman build, timed.
build() {
  local tag=$1 start=$SECONDS
  shift
  log "building $tag"
  podman build --pull=never --format docker --layers --build-arg JOBS="$jobs" -t "$tag" "$@"
  log "built $tag in $((SECONDS - start)) s, $(podman image inspect --format '{{.Size}}' "$tag" |
      awk '{printf "%.0f MB", $1 / 1e6}')"
}

main() {
  local targets=("$@")
  [ "${#targets[@]}" -gt 0 ] || targets=(ingest query postgres)
  if [ ! -f "$root/data/node_modules/.newsgraph-lock.sha256" ]; then
    log "data/node_modules is missing: run tools/setup.sh first"
    exit 1
  fi
  ensure_containers_conf
  ensure_base_image
  for t in "${targets[@]}"; do
    case "$t" in
      ingest|query)
        # The build stage, tagged so that it stays as the cache of the next
        # build and the stage it replaces can be pruned.
        if ! ${build_stage_done:-false}; then
          build localhost/newsgraph-build:latest -f "$root/deploy/Dockerfile" --target build "$root"
          build_stage_done=true
        fi
        build "localhost/newsgraph-$t:latest" -f "$root/deploy/Dockerfile" --target "$t" "$root" ;;
      postgres)
        build localhost/newsgraph-postgres:15 -f "$root/deploy/postgres/Dockerfile" "$root/deploy/postgres" ;;
      *) log "unknown image \"$t\" (ingest, query, postgres)"; exit 2 ;;
    esac
  done
  # Superseded stages (about 1 GB each) of earlier builds.
  podman image prune -f >/dev/null
}

main "$@"
