#!/usr/bin/env python3
"""Renders the Kubernetes manifests (deploy/k8s) with `kubectl kustomize`,
offline, and checks what operators rely on: gRPC liveness and readiness
probes on the serving port, resource requests and limits, non-root users, a
read-only root filesystem and no privilege escalation, a headless Service
and a PodDisruptionBudget for every Deployment, autoscaling for the query
service, every referenced ConfigMap, Secret and volume claim present (or,
for Secrets, one the operator is told to create), no server-database URI in
a ConfigMap (credentials belong in a Secret), for a server database both
services scaled out and autoscaled, and a metrics endpoint
(--metrics_listen) on a declared port that the pod's prometheus.io
annotations point Prometheus at.

It also checks itself: each rule must catch a manifest that breaks it.

Usage: check_manifests.py REPO_ROOT   (exit 77, "skipped", without kubectl)
"""
import copy
import shutil
import subprocess
import sys

import yaml

# Each overlay, with the Secrets the operator creates (not rendered) and
# whether every Deployment scales out (a server database: no shared volume).
OVERLAYS = {
    "deploy/k8s/overlays/embedded": {"external_secrets": set(), "scaled_out": False},
    "deploy/k8s/overlays/postgres": {"external_secrets": {"newsgraph-store"}, "scaled_out": True},
}
SERVER_DATABASE_SCHEMES = ("postgresql://", "postgres://")


def render(root, overlay):
    out = subprocess.run(["kubectl", "kustomize", f"{root}/{overlay}"], check=True,
                         capture_output=True, text=True).stdout
    return [d for d in yaml.safe_load_all(out) if d]


def by_kind(docs, kind):
    return [d for d in docs if d.get("kind") == kind]


def selects(selector, labels):
    return all(labels.get(k) == v for k, v in (selector or {}).items())


def container_problems(name, c):
    out = []
    ports = {p["containerPort"] for p in c.get("ports", [])}
    for probe in ("livenessProbe", "readinessProbe"):
        grpc = (c.get(probe) or {}).get("grpc")
        if not grpc:
            out.append(f"{name}: no gRPC {probe}")
        elif grpc.get("port") not in ports:
            out.append(f"{name}: {probe} is not on the serving port")
    res = c.get("resources") or {}
    for part in ("requests", "limits"):
        for what in ("cpu", "memory"):
            if what not in (res.get(part) or {}):
                out.append(f"{name}: no {what} {part[:-1]}")
    sc = c.get("securityContext") or {}
    if sc.get("readOnlyRootFilesystem") is not True:
        out.append(f"{name}: root filesystem is writable")
    if sc.get("allowPrivilegeEscalation") is not False:
        out.append(f"{name}: privilege escalation allowed")
    if "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
        out.append(f"{name}: capabilities not dropped")
    if sc.get("runAsUser") == 0 or sc.get("runAsNonRoot") is False:
        out.append(f"{name}: runs as root")
    return out


def metrics_problems(name, pod):
    out = []
    annotations = pod["metadata"].get("annotations") or {}
    if annotations.get("prometheus.io/scrape") != "true":
        out.append(f"{name}: not scraped for metrics")
    wanted = annotations.get("prometheus.io/port")
    for c in pod["spec"].get("containers", []):
        listen = [a.split("=", 1)[1] for a in c.get("args", []) if a.startswith("--metrics_listen=")]
        if not listen:
            out.append(f"{name}/{c['name']}: no --metrics_listen")
            continue
        port = listen[-1].rsplit(":", 1)[-1]
        if port != wanted:
            out.append(f"{name}/{c['name']}: --metrics_listen is not the prometheus.io/port {wanted}")
        if int(port) not in {p["containerPort"] for p in c.get("ports", [])}:
            out.append(f"{name}/{c['name']}: the metrics port {port} is not declared")
    return out


def env_problems(name, c, names, external_secrets):
    out = []
    for env in c.get("env", []):
        source = env.get("valueFrom") or {}
        ref = source.get("configMapKeyRef")
        if ref and ("ConfigMap", ref["name"]) not in names:
            out.append(f"{name}: ConfigMap {ref['name']} is missing")
        ref = source.get("secretKeyRef")
        if ref and ("Secret", ref["name"]) not in names and ref["name"] not in external_secrets:
            out.append(f"{name}: Secret {ref['name']} is missing")
    return list(dict.fromkeys(out))  # once per missing object


def problems(docs, external_secrets=frozenset(), scaled_out=False):
    out = []
    names = {(d["kind"], d["metadata"]["name"]) for d in docs}
    for cm in by_kind(docs, "ConfigMap"):
        for key, value in (cm.get("data") or {}).items():
            if str(value).startswith(SERVER_DATABASE_SCHEMES):
                out.append(f"ConfigMap {cm['metadata']['name']}: server-database URI in {key}; "
                           "credentials belong in a Secret")
    services = by_kind(docs, "Service")
    pdbs = by_kind(docs, "PodDisruptionBudget")
    hpas = {h["spec"]["scaleTargetRef"]["name"] for h in by_kind(docs, "HorizontalPodAutoscaler")}
    deployments = by_kind(docs, "Deployment")
    if not deployments:
        out.append("no Deployment")
    for d in deployments:
        name = d["metadata"]["name"]
        pod = d["spec"]["template"]
        labels = pod["metadata"].get("labels", {})
        spec = pod["spec"]
        psc = spec.get("securityContext") or {}
        if psc.get("runAsNonRoot") is not True or not psc.get("runAsUser"):
            out.append(f"{name}: pods may run as root")
        if (psc.get("seccompProfile") or {}).get("type") != "RuntimeDefault":
            out.append(f"{name}: no RuntimeDefault seccomp profile")
        out += metrics_problems(name, pod)
        for c in spec.get("containers", []):
            out += container_problems(f"{name}/{c['name']}", c)
            out += env_problems(name, c, names, external_secrets)
        for v in spec.get("volumes", []):
            claim = (v.get("persistentVolumeClaim") or {}).get("claimName")
            if claim and ("PersistentVolumeClaim", claim) not in names:
                out.append(f"{name}: claim {claim} is missing")
        if not any(s["spec"].get("clusterIP") == "None" and selects(s["spec"].get("selector"), labels)
                   for s in services):
            out.append(f"{name}: no headless Service")
        if not any(selects(p["spec"]["selector"].get("matchLabels"), labels) for p in pdbs):
            out.append(f"{name}: no PodDisruptionBudget")
        if (name.endswith("-query") or scaled_out) and name not in hpas:
            out.append(f"{name}: not autoscaled")
        if scaled_out and d["spec"].get("replicas", 1) < 2:
            out.append(f"{name}: not scaled out")
    return out


def self_test(docs, external_secrets=frozenset(), scaled_out=False):
    """Each rule catches a manifest that breaks it."""
    def broken(edit):
        d = copy.deepcopy(docs)
        edit(d)
        return problems(d, external_secrets, scaled_out)

    def query(d):
        return next(x for x in by_kind(d, "Deployment") if x["metadata"]["name"].endswith("-query"))

    def container(d):
        return query(d)["spec"]["template"]["spec"]["containers"][0]

    cases = {
        "readinessProbe": lambda d: container(d).pop("readinessProbe"),
        "writable": lambda d: container(d)["securityContext"].update(readOnlyRootFilesystem=False),
        "escalation": lambda d: container(d)["securityContext"].pop("allowPrivilegeEscalation"),
        "memory limit": lambda d: container(d)["resources"]["limits"].pop("memory"),
        "as root": lambda d: container(d)["securityContext"].update(runAsUser=0),
        "pods may run as root": lambda d: query(d)["spec"]["template"]["spec"].pop("securityContext"),
        "headless": lambda d: [s["spec"].update(clusterIP="10.0.0.1") for s in by_kind(d, "Service")],
        "PodDisruptionBudget": lambda d: d.remove(by_kind(d, "PodDisruptionBudget")[0]),
        "autoscaled": lambda d: [d.remove(h) for h in by_kind(d, "HorizontalPodAutoscaler")],
        "not scraped": lambda d: query(d)["spec"]["template"]["metadata"].pop("annotations", None),
        "prometheus.io/port": lambda d: container(d).update(
            args=[a if not a.startswith("--metrics_listen=") else "--metrics_listen=0.0.0.0:9091"
                  for a in container(d)["args"]]),
        "not declared": lambda d: container(d).update(
            ports=[p for p in container(d)["ports"] if p["name"] != "metrics"]),
        "credentials belong in a Secret": lambda d: d.append(
            {"kind": "ConfigMap", "metadata": {"name": "store"},
             "data": {"uri": "postgresql://u:secret@db:5432/newsgraph"}}),
    }
    if by_kind(docs, "ConfigMap"):
        cases["ConfigMap"] = lambda d: [d.remove(c) for c in by_kind(d, "ConfigMap")]
    if external_secrets:
        cases["Secret"] = lambda d: [
            e["valueFrom"]["secretKeyRef"].update(name="unknown") for e in container(d)["env"]
            if "secretKeyRef" in (e.get("valueFrom") or {})]
    if scaled_out:
        def ingest(d):
            return next(x for x in by_kind(d, "Deployment") if x["metadata"]["name"].endswith("-ingest"))
        cases["not scaled out"] = lambda d: ingest(d)["spec"].update(replicas=1)
        cases["ingest: not autoscaled"] = lambda d: [
            d.remove(h) for h in by_kind(d, "HorizontalPodAutoscaler")
            if h["spec"]["scaleTargetRef"]["name"].endswith("-ingest")]
    failures = []
    for wanted, edit in cases.items():
        found = broken(edit)
        if not any(wanted in p for p in found):
            failures.append(f"self-test: breaking '{wanted}' went unnoticed ({found})")
    return failures


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    if shutil.which("kubectl") is None:
        print("skipped: kubectl is not installed (kubectl kustomize renders the manifests)")
        return 77
    failures = []
    for overlay, expect in OVERLAYS.items():
        docs = render(root, overlay)
        kinds = sorted({d["kind"] for d in docs})
        print(f"{overlay}: {len(docs)} objects ({', '.join(kinds)})")
        failures += [f"{overlay}: {p}" for p in problems(docs, **expect)]
        failures += [f"{overlay}: {p}" for p in self_test(docs, **expect)]
    for f in failures:
        print(f)
    print("ok" if not failures else f"{len(failures)} problems")
    return 0 if not failures else 1


if __name__ == "__main__":
    sys.exit(main())
