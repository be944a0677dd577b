export const id = 482;
export const ids = [482,473,450];
export const modules = {

/***/ 1482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iE: () => (/* reexport */ CONFIG_PATHS),
  GW: () => (/* reexport */ MAX_CONFIG_BYTES),
  sb: () => (/* reexport */ defaultConfig),
  o4: () => (/* reexport */ parseConfig)
});

// UNUSED EXPORTS: DEFAULT_STAGES, applyDefaults, checkSemantics, configSchema, projectName

;// CONCATENATED MODULE: ./src/core/config/defaults.ts
const DEFAULT_STAGES = ['dev', 'staging', 'production'];
/** The configuration of an empty file for a project of the given name. */
function defaultConfig(project = 'project') {
    return applyDefaults({}, project);
}
/** Turns a repository folder name into a valid project name (`My Repo` gives `my-repo`). */
function projectName(folder) {
    const name = folder
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '')
        .slice(0, 64);
    return name || 'project';
}
/** Fills every default into a schema-valid raw config. */
function applyDefaults(raw, project) {
    const stages = raw.stages?.length ? [...raw.stages] : [...DEFAULT_STAGES];
    const cards = raw.cards ?? {};
    const fairness = raw.fairness ?? {};
    const drift = raw.drift ?? {};
    const monitoring = raw.monitoring ?? {};
    const retraining = raw.retraining ?? {};
    return {
        version: 1,
        project: raw.project ?? projectName(project),
        stages,
        release_branch_prefix: raw.release_branch_prefix ?? 'release/',
        models: (raw.models ?? []).map((m) => ({ ...m, name: m.name ?? '', path: m.path ?? '', risk: m.risk ?? 'medium' })),
        // Schema-valid, so a `drift` present has both files.
        datasets: (raw.datasets ?? []).map((d) => ({ ...d, name: d.name ?? '', path: d.path ?? '' })),
        cards: {
            profile: cards.profile ?? 'standard',
            profiles: { ...cards.profiles },
            required_sections: { ...cards.required_sections },
            severity: { ...cards.severity },
            placeholders: cards.placeholders ?? ['[More Information Needed]', 'TODO', 'TBD'],
        },
        evaluation: { metrics: { ...raw.evaluation?.metrics }, primary_metric: raw.evaluation?.primary_metric },
        fairness: {
            sensitive_features: fairness.sensitive_features ?? [],
            predictions: fairness.predictions,
            label: fairness.label,
            prediction: fairness.prediction,
            positive_label: fairness.positive_label,
            // Fairlearn's metrics; 0.8 is the EEOC four-fifths rule, 0.1 a common tolerance for differences.
            thresholds: {
                demographic_parity_difference: fairness.thresholds?.demographic_parity_difference ?? 0.1,
                demographic_parity_ratio: fairness.thresholds?.demographic_parity_ratio ?? 0.8,
                equalized_odds_difference: fairness.thresholds?.equalized_odds_difference ?? 0.1,
                equalized_odds_ratio: fairness.thresholds?.equalized_odds_ratio ?? 0.8,
                equal_opportunity_difference: fairness.thresholds?.equal_opportunity_difference ?? 0.1,
            },
        },
        // Evidently's defaults: stattest by column type and size, 0.05 for p-values, 0.1 for distances,
        // dataset drift when half the columns drift, Sturges bins for binned tests (get_binned_data).
        drift: {
            stattest: { numerical: drift.stattest?.numerical ?? 'auto', categorical: drift.stattest?.categorical ?? 'auto' },
            thresholds: { p_value: drift.thresholds?.p_value ?? 0.05, distance: drift.thresholds?.distance ?? 0.1 },
            dataset_drift_share: drift.dataset_drift_share ?? 0.5,
            bins: drift.bins ?? 'sturges',
            columns: { ...drift.columns },
        },
        promotion: perStage(stages, (stage, i) => promotionPolicy(raw.promotion?.[stage] ?? {}, stages[i - 1])),
        deploy: perStage(stages, (stage) => deployPolicy(raw.deploy?.[stage] ?? {}, stage)),
        monitoring: {
            schedule: monitoring.schedule ?? '0 6 * * *',
            thresholds: { ...monitoring.thresholds, metrics: { ...monitoring.thresholds?.metrics } },
            alert: {
                ...monitoring.alert,
                labels: monitoring.alert?.labels ?? ['mlops-alert'],
                assignees: monitoring.alert?.assignees ?? [],
            },
        },
        retraining: {
            triggers: retraining.triggers ?? ['drift', 'degradation'],
            cooldown_hours: retraining.cooldown_hours ?? 24,
            event_type: retraining.event_type ?? 'mlops-retrain',
            schedule: retraining.schedule,
        },
        retention: { experiments: { keep_days: raw.retention?.experiments?.keep_days ?? 90, keep_last: raw.retention?.experiments?.keep_last ?? 20 } },
    };
}
function perStage(stages, make) {
    const out = {};
    stages.forEach((stage, i) => (out[stage] = make(stage, i)));
    return out;
}
/** A stage's policy: one approval, entered from the previous stage, a complete card. */
function promotionPolicy(raw, previous) {
    return {
        approvals: raw.approvals ?? 1,
        teams: raw.teams ?? [],
        codeowners: raw.codeowners ?? false,
        from: raw.from ?? previous,
        soak_hours: raw.soak_hours ?? 0,
        metrics: { ...raw.metrics },
        max_regression: raw.max_regression,
        require_card_complete: raw.require_card_complete ?? true,
        high_risk_extra_approvals: raw.high_risk_extra_approvals ?? 1,
        require_fairness_report: raw.require_fairness_report ?? true,
    };
}
const DEFAULT_STEPS = { direct: [100], canary: [10, 50, 100], 'blue-green': [100], shadow: [100], ab: [50] };
/** A stage's deployment: `direct` into the GitHub Environment named after the stage, rollback on. */
function deployPolicy(raw, stage) {
    const strategy = raw.strategy ?? 'direct';
    return {
        strategy,
        steps: raw.steps ?? DEFAULT_STEPS[strategy],
        environment: raw.environment ?? stage,
        health: { ...raw.health, duration: raw.health?.duration ?? '5m', interval: raw.health?.interval ?? '30s', timeout: raw.health?.timeout ?? '5s' },
        target: raw.target,
        rollback: raw.rollback ?? true,
        url: raw.url,
        pause: raw.pause ?? '0s',
        timeout: raw.timeout ?? '10m',
        shadow: raw.shadow,
        ab: raw.ab,
    };
}

;// CONCATENATED MODULE: ./schemas/mlops-config.schema.json
const mlops_config_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://github.com/gitops-mlops/schemas/mlops-config.schema.json","title":"GitOps MLOps configuration (.github/mlops.yml)","description":"Configuration of GitOps MLOps. Every key is optional: an empty file uses the defaults.","type":"object","additionalProperties":false,"properties":{"version":{"type":"integer","const":1,"description":"Configuration format version; only 1 exists.","default":1},"project":{"type":"string","description":"Project name, used in experiment names (`{project}-{type}-{YYYYMMDD}`). Default: the repository folder name.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64},"stages":{"type":"array","description":"Ordered stages a model goes through; each has a branch `{release_branch_prefix}{stage}`.","items":{"$ref":"#/$defs/stage"},"minItems":1,"maxItems":10,"uniqueItems":true,"default":["dev","staging","production"]},"release_branch_prefix":{"type":"string","description":"Prefix of the branch holding each stage.","pattern":"^[A-Za-z0-9._/-]*$","maxLength":100,"default":"release/"},"models":{"type":"array","description":"Models tracked by the registry.","items":{"type":"object","description":"A model tracked by the registry.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Model name, used in tags (`{name}@v1.2.0`, `{name}#{stage}#N`)."},"path":{"$ref":"#/$defs/path","description":"Folder of the model (its card and artifacts), relative to the repository root."},"risk":{"$ref":"#/$defs/risk","description":"Risk tier `low`, `medium` or `high`; `high` needs extra approvals and a fairness report to be promoted.","default":"medium"},"card":{"$ref":"#/$defs/path","description":"Model card path. Default: `MODEL_CARD.md`, else `README.md`, in the model\'s folder."},"cards_profile":{"$ref":"#/$defs/cardsProfile","description":"Card profile for this model\'s card; overrides `cards.profile` and `cards.profiles`."}},"required":["name","path"]},"default":[]},"datasets":{"type":"array","description":"Datasets with data cards.","items":{"type":"object","description":"A dataset with a data card.","additionalProperties":false,"properties":{"name":{"$ref":"#/$defs/name","description":"Dataset name, used in lineage and experiment records."},"path":{"$ref":"#/$defs/path","description":"Folder of the dataset (its card and files), relative to the repository root."},"card":{"$ref":"#/$defs/path","description":"Data card path. Default: `DATA_CARD.md`, else `README.md`, in the dataset\'s folder."},"drift":{"type":"object","description":"The files the check-data action (and `mlops data drift` without `--reference`/`--current`) compares for drift, with the tests and thresholds of the top-level `drift` section (the root action runs it when a pull request touches the dataset).","additionalProperties":false,"properties":{"reference":{"$ref":"#/$defs/path","description":"Reference data (CSV, TSV, JSON Lines, Parquet, .gz/.zst, a glob), or a profile JSON written by `mlops data profile` when the raw reference is not kept; relative to the repository root."},"current":{"$ref":"#/$defs/path","description":"Current data compared with the reference, relative to the repository root."}},"required":["reference","current"]}},"required":["name","path"]},"default":[]},"cards":{"type":"object","description":"How model and data cards are validated.","additionalProperties":false,"properties":{"profile":{"$ref":"#/$defs/cardsProfile","description":"Default card profile: `standard` or `huggingface`.","default":"standard"},"profiles":{"type":"object","description":"Card profile per path glob (for example `models/hf-*/**: huggingface`); the first matching glob wins.","additionalProperties":{"$ref":"#/$defs/cardsProfile"}},"required_sections":{"type":"object","description":"Required card sections, replacing the profile\'s defaults.","additionalProperties":false,"properties":{"model":{"type":"array","description":"Headings every model card must have, with content. Default: the profile\'s sections.","items":{"type":"string","minLength":1}},"data":{"type":"array","description":"Headings every data card must have, with content. Default: the profile\'s sections.","items":{"type":"string","minLength":1}}}},"severity":{"type":"object","description":"Severity override per rule id (for example `card/placeholder: warning`).","propertyNames":{"pattern":"^[a-z0-9-]+/[a-z0-9-]+$"},"additionalProperties":{"$ref":"#/$defs/severity"}},"placeholders":{"type":"array","description":"Text that marks an unfinished template.","items":{"type":"string","minLength":1},"default":["[More Information Needed]","TODO","TBD"]}}},"evaluation":{"type":"object","description":"Evaluation metrics, their direction and thresholds.","additionalProperties":false,"properties":{"metrics":{"type":"object","description":"Per metric: its direction and acceptable range.","additionalProperties":{"type":"object","description":"Evaluation settings of one metric.","additionalProperties":false,"properties":{"higher_is_better":{"type":"boolean","description":"True when larger values are better (accuracy); false for losses and errors. Default: guessed from the name (`loss`, `error`, `rmse` \u2026 are lower-is-better)."},"min":{"type":"number","description":"Lowest acceptable value."},"max":{"type":"number","description":"Highest acceptable value."},"tolerance":{"type":"number","description":"Largest allowed regression against the model in the target stage, in the metric\'s units.","minimum":0}}}},"primary_metric":{"type":"string","description":"The metric that ranks experiments and decides regressions; default the first metric listed."}}},"fairness":{"type":"object","description":"Fairness assessment of predictions by group (Fairlearn-compatible).","additionalProperties":false,"dependentRequired":{"predictions":["label","prediction","sensitive_features"]},"properties":{"predictions":{"$ref":"#/$defs/path","description":"Predictions file (one row per example: true label, predicted label, sensitive features) the check-data action and `mlops fairness` without options assess, as `mlops fairness --predictions`; relative to the repository root. Needs `label`, `prediction` and `sensitive_features`."},"label":{"type":"string","description":"Column of the predictions file holding the true label (`mlops fairness --label`).","minLength":1},"prediction":{"type":"string","description":"Column of the predictions file holding the predicted label (`mlops fairness --prediction`).","minLength":1},"positive_label":{"anyOf":[{"type":"string"},{"type":"number"},{"type":"boolean"}],"description":"The label value counted as positive (`mlops fairness --pos-label`). Default: `1`, `true` or `yes` in their usual spellings."},"sensitive_features":{"type":"array","description":"Columns of the predictions file holding sensitive features (for example `sex`, `age_group`).","items":{"type":"string","minLength":1},"default":[]},"thresholds":{"type":"object","description":"Fairness thresholds; a metric over its threshold is an error.","additionalProperties":false,"properties":{"demographic_parity_difference":{"type":"number","description":"Largest allowed difference in selection rate between groups (Fairlearn `demographic_parity_difference`).","minimum":0,"maximum":1,"default":0.1},"demographic_parity_ratio":{"type":"number","description":"Smallest allowed ratio of selection rates between groups; 0.8 is the four-fifths rule (Fairlearn `demographic_parity_ratio`).","minimum":0,"maximum":1,"default":0.8},"equalized_odds_difference":{"type":"number","description":"Largest allowed difference in true or false positive rate between groups (Fairlearn `equalized_odds_difference`).","minimum":0,"maximum":1,"default":0.1},"equalized_odds_ratio":{"type":"number","description":"Smallest allowed ratio of true or false positive rates between groups (Fairlearn `equalized_odds_ratio`).","minimum":0,"maximum":1,"default":0.8},"equal_opportunity_difference":{"type":"number","description":"Largest allowed difference in true positive rate between groups (Fairlearn `equal_opportunity_difference`).","minimum":0,"maximum":1,"default":0.1}}}}},"drift":{"type":"object","description":"Data drift between a reference and a current dataset (Evidently\'s defaults).","additionalProperties":false,"properties":{"stattest":{"type":"object","description":"Drift test per column type.","additionalProperties":false,"properties":{"numerical":{"$ref":"#/$defs/stattest","description":"Drift test for numerical columns (`auto`: KS for small data, Wasserstein for large, as Evidently).","default":"auto"},"categorical":{"$ref":"#/$defs/stattest","description":"Drift test for categorical columns (`auto`: chi-square or Z for small data, Jensen-Shannon for large, as Evidently).","default":"auto"}}},"thresholds":{"type":"object","description":"Thresholds for p-value tests and distance tests.","additionalProperties":false,"properties":{"p_value":{"type":"number","description":"Drift when a test\'s p-value is below this (Evidently\'s default 0.05).","exclusiveMinimum":0,"maximum":1,"default":0.05},"distance":{"type":"number","description":"Drift when a distance (Wasserstein, Jensen-Shannon, PSI) is at or above this (Evidently\'s default 0.1).","exclusiveMinimum":0,"default":0.1}}},"dataset_drift_share":{"type":"number","description":"The dataset drifts when at least this share of columns drift (Evidently\'s default 0.5).","exclusiveMinimum":0,"maximum":1,"default":0.5},"bins":{"description":"Histogram bins for binned tests (PSI, Jensen-Shannon, KL) on numerical columns: `sturges` (numpy\'s rule, Evidently\'s default) or a bin count.","default":"sturges","anyOf":[{"type":"string","const":"sturges"},{"type":"integer","minimum":2,"maximum":1000}]},"columns":{"type":"object","description":"Per-column overrides, keyed by column name.","additionalProperties":{"type":"object","description":"Drift settings of one column.","additionalProperties":false,"properties":{"stattest":{"$ref":"#/$defs/stattest","description":"Drift test for this column, replacing the one for its type."},"threshold":{"type":"number","description":"Threshold for this column\'s test (a p-value or a distance, depending on the test).","exclusiveMinimum":0},"ignore":{"type":"boolean","description":"Leave this column out of drift detection."}}}}}},"promotion":{"type":"object","description":"Promotion policy per stage, keyed by stage name.","propertyNames":{"$ref":"#/$defs/stage"},"additionalProperties":{"type":"object","description":"Promotion policy of one stage.","additionalProperties":false,"properties":{"approvals":{"type":"integer","description":"Approving reviews required (write access, not the author or last pusher, on the head commit).","minimum":0,"maximum":20,"default":1},"teams":{"type":"array","description":"Teams (`org/team` or `team`) of which at least one member must approve.","items":{"type":"string","pattern":"^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?$"}},"codeowners":{"type":"boolean","description":"Require an approval from a CODEOWNER of the model\'s files.","default":false},"from":{"$ref":"#/$defs/stage","description":"The stage a version must be in before it may enter this one. Default: the previous stage in `stages`."},"soak_hours":{"type":"number","description":"Hours the version must have spent in the `from` stage.","minimum":0,"default":0},"metrics":{"$ref":"#/$defs/metricBounds","description":"Metric thresholds the candidate must meet for this stage."},"max_regression":{"type":"number","description":"Largest allowed drop of any metric against the model now in this stage (a metric\'s `tolerance` wins).","minimum":0},"require_card_complete":{"type":"boolean","description":"Require a complete model card (no missing sections or placeholders).","default":true},"high_risk_extra_approvals":{"type":"integer","description":"Extra approvals required for a model with `risk: high`.","minimum":0,"maximum":20,"default":1},"require_fairness_report":{"type":"boolean","description":"Require a passing fairness report for a model with `risk: high`.","default":true}}}},"deploy":{"type":"object","description":"Deployment per stage, keyed by stage name.","propertyNames":{"$ref":"#/$defs/stage"},"additionalProperties":{"type":"object","description":"Deployment of one stage.","additionalProperties":false,"properties":{"strategy":{"type":"string","enum":["direct","canary","blue-green","shadow","ab"],"default":"direct","description":"Deployment strategy: `direct`, `canary` (traffic steps with health checks), `blue-green`, `shadow` (mirror, no switch), `ab` (split and a statistical decision)."},"steps":{"type":"array","description":"Traffic percentages for `canary` (and the split for `ab`), in increasing order. Default: `[10, 50, 100]` for canary, `[50]` for ab, `[100]` otherwise.","items":{"type":"number","exclusiveMinimum":0,"maximum":100},"minItems":1},"environment":{"type":"string","description":"GitHub Environment the deploy job runs in (default: the stage name)."},"health":{"type":"object","description":"Health check between deployment steps; failing it rolls back.","additionalProperties":false,"properties":{"url":{"type":"string","description":"Endpoint polled during the health check (HTTP status must be 2xx). `{slot}` is replaced by the slot under test (`primary`, `canary`, `blue`, `green`, `shadow`, `b`), and every probe carries an `X-Mlops-Slot` header."},"latency_p95_ms":{"type":"number","description":"Largest allowed 95th percentile latency in milliseconds.","exclusiveMinimum":0},"error_rate":{"type":"number","description":"Largest allowed share of failed requests.","minimum":0,"maximum":1},"duration":{"$ref":"#/$defs/duration","description":"How long to watch the deployment.","default":"5m"},"interval":{"$ref":"#/$defs/duration","description":"Time between two polls.","default":"30s"},"metrics_url":{"type":"string","description":"Service metrics read after the probes: JSON (`requests`, `errors`, `latency_p95_ms` or `error_rate`) or Prometheus text (`*_requests_total` by `code`, a `quantile=\\"0.95\\"` latency summary). `{slot}` is replaced as in `url`."},"timeout":{"$ref":"#/$defs/duration","description":"Timeout of one probe; a slower answer counts as a failure.","default":"5s"}}},"target":{"type":"object","description":"Where a model is deployed.","additionalProperties":false,"properties":{"type":{"type":"string","enum":["command","kserve","kubernetes","batch","edge"],"description":"`command` runs your command; `kserve` and `kubernetes` commit manifests (GitOps); `batch` and `edge` publish artifacts for a batch job or devices."},"command":{"type":"string","description":"`command`: your deploy script, run for every step with MLOPS_ACTION, MLOPS_MODEL, MLOPS_VERSION, MLOPS_STAGE, MLOPS_SLOT, MLOPS_TRAFFIC, MLOPS_MIRROR, MLOPS_ARTIFACT_DIR and MLOPS_PREVIOUS_VERSION. `batch`: your predict command, with MLOPS_INPUT and MLOPS_OUTPUT too."},"manifest":{"$ref":"#/$defs/path","description":"Manifest file to write (KServe InferenceService); `{model}` and `{stage}` are replaced. Default `deploy/{stage}/{model}.yaml`."},"branch":{"type":"string","description":"Branch the manifests are committed to (default: the release branch)."},"namespace":{"type":"string","description":"Kubernetes namespace written into the manifest."},"model_format":{"type":"string","description":"KServe model format (`sklearn`, `xgboost`, `onnx`, `pytorch`, `tensorflow` \u2026).","default":"sklearn"},"storage_uri":{"type":"string","description":"Where KServe loads the artifacts from; `{model}` and `{version}` are replaced, e.g. `s3://models/{model}/{version}`."},"crd":{"$ref":"#/$defs/path","description":"The InferenceService CustomResourceDefinition (YAML) to validate generated manifests against, as `kubectl apply --validate=strict` would."},"input":{"$ref":"#/$defs/path","description":"`batch`: the input dataset the predict command reads (MLOPS_INPUT)."},"output":{"type":"string","description":"`batch`: file name the predict command writes (MLOPS_OUTPUT): `.csv`, `.tsv` or `.jsonl`; its columns must include the signature\'s outputs.","default":"predictions.csv"},"channel":{"type":"string","description":"`edge`: repository path of the channel manifest devices poll; `{model}` and `{stage}` are replaced. Default `edge/{model}/{stage}.json`."},"min_runtime":{"type":"string","description":"`edge`: the lowest device runtime version that can run this model, written into the channel."},"image":{"type":"string","description":"`kubernetes`: the serving image of each slot\'s Deployment; `{version}` and `{model}` are replaced, e.g. `ghcr.io/acme/churn-server:{version}`."},"replicas":{"type":"integer","minimum":2,"default":4,"description":"`kubernetes`: replicas of the service; a canary at p % runs round(replicas \u00d7 p / 100) of them (at least one, at most all but one)."},"port":{"type":"integer","minimum":1,"maximum":65535,"default":8080,"description":"`kubernetes`: the container port the Service targets."}},"required":["type"]},"rollback":{"type":"boolean","description":"Roll back to the previous version automatically when a health check fails.","default":true},"url":{"type":"string","description":"The environment URL shown on the deployment in GitHub (`environment_url`)."},"pause":{"$ref":"#/$defs/duration","description":"Pause between two canary steps, after the step\'s health check.","default":"0s"},"timeout":{"$ref":"#/$defs/duration","description":"Longest a deploy command may run for one step before it is killed and the deployment rolled back.","default":"10m"},"shadow":{"type":"object","description":"Shadow comparison: the same inputs sent to the live and the shadow slot.","additionalProperties":false,"properties":{"inputs":{"$ref":"#/$defs/path","description":"JSON Lines file of request bodies to send to both slots."},"url":{"type":"string","description":"Prediction endpoint; `{slot}` is replaced by `primary` (live) and `shadow`."},"max_disagreement":{"type":"number","minimum":0,"maximum":1,"default":0.1,"description":"Largest share of inputs on which the two predictions may differ."},"max_latency_ratio":{"type":"number","exclusiveMinimum":0,"default":1.5,"description":"Largest p95 latency of the shadow relative to the live slot."}}},"ab":{"type":"object","description":"A/B decision on logged outcomes.","additionalProperties":false,"properties":{"outcomes":{"type":"string","description":"JSON Lines of `{\\"variant\\": \\"a\\"|\\"b\\", \\"value\\": number}` (1/0 for conversions): a repository path or an http(s) URL."},"min_samples":{"type":"integer","minimum":1,"default":100,"description":"Outcomes needed per variant before deciding; fewer keeps A."},"significance":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1,"default":0.05,"description":"Two-sided significance level of the two-proportion Z test (binary outcomes) or Welch\'s t test."},"higher_is_better":{"type":"boolean","default":true,"description":"Whether a larger outcome is better."}}}}}},"monitoring":{"type":"object","description":"Scheduled monitoring of production models.","additionalProperties":false,"properties":{"schedule":{"type":"string","description":"Cron schedule of the monitoring workflow, in UTC (GitHub Actions syntax).","default":"0 6 * * *"},"thresholds":{"type":"object","description":"What counts as unhealthy in production.","additionalProperties":false,"properties":{"metrics":{"$ref":"#/$defs/metricBounds","description":"Performance thresholds on ground truth that has arrived."},"drift_share":{"type":"number","description":"Alert when this share of columns drift (default: `drift.dataset_drift_share`).","exclusiveMinimum":0,"maximum":1},"missing_share":{"type":"number","description":"Alert when a column\'s share of missing values exceeds this.","minimum":0,"maximum":1},"degradation":{"type":"number","description":"Alert when a metric on ground truth is worse than the version\'s recorded evaluation by more than this, in the metric\'s units (default 0.05; `evaluation.metrics.<name>.tolerance` wins).","minimum":0},"business":{"$ref":"#/$defs/metricBounds","description":"Acceptable range of each business metric (from the `business-metrics` JSON or CSV)."}}},"alert":{"type":"object","description":"How alerts are raised.","additionalProperties":false,"properties":{"labels":{"type":"array","description":"Labels of the alert issue (one issue per model and stage).","items":{"type":"string","minLength":1},"default":["mlops-alert"]},"assignees":{"type":"array","description":"Users assigned to a new alert issue.","items":{"type":"string","minLength":1}},"webhook_secret":{"type":"string","description":"Name of the repository secret holding a webhook URL to notify (never the URL itself).","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"runbook":{"type":"string","description":"Link or repository path of the runbook, quoted in every alert."}}}}},"retraining":{"type":"object","description":"Automatic retraining.","additionalProperties":false,"properties":{"triggers":{"type":"array","description":"Events that fire a `repository_dispatch` retraining event.","items":{"type":"string","enum":["drift","degradation","schedule","new_data"]},"uniqueItems":true,"default":["drift","degradation"]},"cooldown_hours":{"type":"number","description":"Least time between two retraining events for a model.","minimum":0,"default":24},"event_type":{"type":"string","description":"`repository_dispatch` event type sent.","pattern":"^[A-Za-z0-9_.-]+$","maxLength":100,"default":"mlops-retrain"},"schedule":{"type":"string","description":"Cron schedule for the `schedule` trigger, in UTC."}}},"retention":{"type":"object","description":"Retention of old records.","additionalProperties":false,"properties":{"experiments":{"type":"object","description":"Pruning of experiment tags and releases (never one a version or audit refers to).","additionalProperties":false,"properties":{"keep_days":{"type":"integer","description":"Keep experiments younger than this many days.","minimum":0,"default":90},"keep_last":{"type":"integer","description":"Always keep the newest this many experiments per project.","minimum":0,"default":20}}}}}},"$defs":{"name":{"type":"string","description":"A name used in git tags and branch names: letters, digits, `.`, `_`, `-`.","pattern":"^[A-Za-z0-9][A-Za-z0-9._-]*$","maxLength":64},"stage":{"type":"string","description":"A stage name from `stages` (lower case letters, digits, `_`, `-`).","pattern":"^[a-z0-9][a-z0-9_-]*$","maxLength":32},"path":{"type":"string","description":"A repository-relative path with forward slashes; it must stay inside the repository.","minLength":1,"maxLength":1024},"duration":{"type":"string","description":"A duration: a whole number followed by `ms`, `s`, `m`, `h` or `d` (for example `500ms`, `30s`, `5m`, `2h`, `1d`).","pattern":"^[0-9]+(ms|s|m|h|d)$"},"risk":{"type":"string","enum":["low","medium","high"],"description":"Risk tier. `high` needs extra approvals and a fairness report to be promoted."},"cardsProfile":{"type":"string","enum":["standard","huggingface"],"description":"Card profile: `standard` (this project\'s sections and keys) or `huggingface` (the Hugging Face card metadata and template sections)."},"bounds":{"type":"object","description":"Acceptable range of a metric.","additionalProperties":false,"properties":{"min":{"type":"number","description":"Lowest acceptable value (inclusive)."},"max":{"type":"number","description":"Highest acceptable value (inclusive)."}}},"metricBounds":{"type":"object","description":"Acceptable range per metric name (for example `accuracy: {min: 0.8}`).","additionalProperties":{"$ref":"#/$defs/bounds"}},"severity":{"type":"string","enum":["error","warning","notice","off"],"description":"Severity for a rule: `error` fails the check, `warning` and `notice` report only, `off` drops the rule."},"stattest":{"type":"string","enum":["auto","ks","chisquare","z","wasserstein","jensenshannon","psi"],"description":"Drift test, named as in Evidently: `auto` picks as Evidently does by column type and size; `ks` Kolmogorov-Smirnov, `chisquare`, `z` (two-proportion), `wasserstein` (normalised), `jensenshannon`, `psi`."}}}');
// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/generated/validators/mlops-config.ts
// Generated by scripts/generate-validators.mjs from schemas/mlops-config.schema.json: do not edit.
// Regenerate with `node scripts/generate-validators.mjs` (scripts/build.mjs runs it before bundling).
/* eslint-disable */
// @ts-nocheck


const validate = validate42;
const schema74 = mlops_config_schema_namespaceObject;
const schema75 = mlops_config_schema_namespaceObject.$defs.stage;
const schema76 = mlops_config_schema_namespaceObject.$defs.name;
const schema77 = mlops_config_schema_namespaceObject.$defs.path;
const schema78 = mlops_config_schema_namespaceObject.$defs.risk;
const schema80 = mlops_config_schema_namespaceObject.$defs.cardsProfile;
const schema88 = mlops_config_schema_namespaceObject.$defs.severity;
const schema90 = mlops_config_schema_namespaceObject.$defs.stattest;
const schema98 = mlops_config_schema_namespaceObject.$defs.duration;
const func5 = Object.prototype.hasOwnProperty;
const func1 = function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
};
const func0 = function equal(a, b) {
    if (a === b)
        return true;
    if (a && b && typeof a == 'object' && typeof b == 'object') {
        if (a.constructor !== b.constructor)
            return false;
        var length, i, keys;
        if (Array.isArray(a)) {
            length = a.length;
            if (length != b.length)
                return false;
            for (i = length; i-- !== 0;)
                if (!equal(a[i], b[i]))
                    return false;
            return true;
        }
        if (a.constructor === RegExp)
            return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf)
            return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString)
            return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length)
            return false;
        for (i = length; i-- !== 0;)
            if (!Object.prototype.hasOwnProperty.call(b, keys[i]))
                return false;
        for (i = length; i-- !== 0;) {
            var key = keys[i];
            if (!equal(a[key], b[key]))
                return false;
        }
        return true;
    }
    // true if both NaN, false otherwise
    return a !== a && b !== b;
};
const pattern33 = new RegExp("^[A-Za-z0-9][A-Za-z0-9._-]*$", "u");
const pattern34 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
const pattern35 = new RegExp("^[A-Za-z0-9._/-]*$", "u");
const pattern38 = new RegExp("^[a-z0-9-]+/[a-z0-9-]+$", "u");
const pattern40 = new RegExp("^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?$", "u");
const pattern43 = new RegExp("^[0-9]+(ms|s|m|h|d)$", "u");
const pattern48 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");
const pattern49 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const schema95 = mlops_config_schema_namespaceObject.$defs.metricBounds;
const schema96 = mlops_config_schema_namespaceObject.$defs.bounds;
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) { let vErrors = null; let errors = 0; const evaluated0 = validate43.evaluated; if (evaluated0.dynamicProps) {
    evaluated0.props = undefined;
} if (evaluated0.dynamicItems) {
    evaluated0.items = undefined;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        let data0 = data[key0];
        if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            for (const key1 in data0) {
                if (!((key1 === "min") || (key1 === "max"))) {
                    vErrors = addError(vErrors, instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/bounds/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema96, data0);
                    errors++;
                }
            }
            if (data0.min !== undefined) {
                let data1 = data0.min;
                if (!((typeof data1 == "number") && (isFinite(data1)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", "#/$defs/bounds/properties/min/type", "type", { type: "number" }, "must be number", schema96.properties.min, data1);
                    errors++;
                }
            }
            if (data0.max !== undefined) {
                let data2 = data0.max;
                if (!((typeof data2 == "number") && (isFinite(data2)))) {
                    vErrors = addKeywordError(vErrors, instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", "#/$defs/bounds/properties/max/type", "type", { type: "number" }, "must be number", schema96.properties.max, data2);
                    errors++;
                }
            }
        }
        else {
            vErrors = addKeywordError(vErrors, instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/bounds/type", "type", { type: "object" }, "must be object", schema96, data0);
            errors++;
        }
    }
}
else {
    vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema95, data);
    errors++;
} validate43.errors = vErrors; return errors === 0; }
validate43.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
    ;
    let vErrors = null;
    let errors = 0;
    const evaluated0 = validate42.evaluated;
    if (evaluated0.dynamicProps) {
        evaluated0.props = undefined;
    }
    if (evaluated0.dynamicItems) {
        evaluated0.items = undefined;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func5.call(schema74.properties, key0))) {
                vErrors = addError(vErrors, instancePath, "#/additionalProperties", "additionalProperties", { additionalProperty: key0 }, "must NOT have additional properties", false, schema74, data);
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                vErrors = addKeywordError(vErrors, instancePath + "/version", "#/properties/version/type", "type", { type: "integer" }, "must be integer", schema74.properties.version, data0);
                errors++;
            }
            if (1 !== data0) {
                vErrors = addError(vErrors, instancePath + "/version", "#/properties/version/const", "const", { allowedValue: 1 }, "must be equal to constant", 1, schema74.properties.version, data0);
                errors++;
            }
        }
        if (data.project !== undefined) {
            let data1 = data.project;
            if (typeof data1 === "string") {
                if (func1(data1) > 64) {
                    vErrors = addError(vErrors, instancePath + "/project", "#/properties/project/maxLength", "maxLength", { limit: 64 }, "must NOT have more than 64 characters", 64, schema74.properties.project, data1);
                    errors++;
                }
                if (!pattern33.test(data1)) {
                    vErrors = addError(vErrors, instancePath + "/project", "#/properties/project/pattern", "pattern", { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", "^[A-Za-z0-9][A-Za-z0-9._-]*$", schema74.properties.project, data1);
                    errors++;
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/project", "#/properties/project/type", "type", { type: "string" }, "must be string", schema74.properties.project, data1);
                errors++;
            }
        }
        if (data.stages !== undefined) {
            let data2 = data.stages;
            if (Array.isArray(data2)) {
                if (data2.length > 10) {
                    vErrors = addError(vErrors, instancePath + "/stages", "#/properties/stages/maxItems", "maxItems", { limit: 10 }, "must NOT have more than 10 items", 10, schema74.properties.stages, data2);
                    errors++;
                }
                if (data2.length < 1) {
                    vErrors = addError(vErrors, instancePath + "/stages", "#/properties/stages/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema74.properties.stages, data2);
                    errors++;
                }
                const len0 = data2.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    if (typeof data3 === "string") {
                        if (func1(data3) > 32) {
                            vErrors = addError(vErrors, instancePath + "/stages/" + i0, "#/$defs/stage/maxLength", "maxLength", { limit: 32 }, "must NOT have more than 32 characters", 32, schema75, data3);
                            errors++;
                        }
                        if (!pattern34.test(data3)) {
                            vErrors = addError(vErrors, instancePath + "/stages/" + i0, "#/$defs/stage/pattern", "pattern", { pattern: "^[a-z0-9][a-z0-9_-]*$" }, "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", "^[a-z0-9][a-z0-9_-]*$", schema75, data3);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/stages/" + i0, "#/$defs/stage/type", "type", { type: "string" }, "must be string", schema75, data3);
                        errors++;
                    }
                }
                let i1 = data2.length;
                let j0;
                if (i1 > 1) {
                    outer0: for (; i1--;) {
                        for (j0 = i1; j0--;) {
                            if (func0(data2[i1], data2[j0])) {
                                vErrors = addError(vErrors, instancePath + "/stages", "#/properties/stages/uniqueItems", "uniqueItems", { i: i1, j: j0 }, "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", true, schema74.properties.stages, data2);
                                errors++;
                                break outer0;
                            }
                        }
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/stages", "#/properties/stages/type", "type", { type: "array" }, "must be array", schema74.properties.stages, data2);
                errors++;
            }
        }
        if (data.release_branch_prefix !== undefined) {
            let data4 = data.release_branch_prefix;
            if (typeof data4 === "string") {
                if (func1(data4) > 100) {
                    vErrors = addError(vErrors, instancePath + "/release_branch_prefix", "#/properties/release_branch_prefix/maxLength", "maxLength", { limit: 100 }, "must NOT have more than 100 characters", 100, schema74.properties.release_branch_prefix, data4);
                    errors++;
                }
                if (!pattern35.test(data4)) {
                    vErrors = addError(vErrors, instancePath + "/release_branch_prefix", "#/properties/release_branch_prefix/pattern", "pattern", { pattern: "^[A-Za-z0-9._/-]*$" }, "must match pattern \"" + "^[A-Za-z0-9._/-]*$" + "\"", "^[A-Za-z0-9._/-]*$", schema74.properties.release_branch_prefix, data4);
                    errors++;
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/release_branch_prefix", "#/properties/release_branch_prefix/type", "type", { type: "string" }, "must be string", schema74.properties.release_branch_prefix, data4);
                errors++;
            }
        }
        if (data.models !== undefined) {
            let data5 = data.models;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data6 = data5[i2];
                    if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                        if (data6.name === undefined) {
                            vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2, "#/properties/models/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema74.properties.models.items, data6);
                            errors++;
                        }
                        if (data6.path === undefined) {
                            vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2, "#/properties/models/items/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema74.properties.models.items, data6);
                            errors++;
                        }
                        for (const key1 in data6) {
                            if (!(((((key1 === "name") || (key1 === "path")) || (key1 === "risk")) || (key1 === "card")) || (key1 === "cards_profile"))) {
                                vErrors = addError(vErrors, instancePath + "/models/" + i2, "#/properties/models/items/additionalProperties", "additionalProperties", { additionalProperty: key1 }, "must NOT have additional properties", false, schema74.properties.models.items, data6);
                                errors++;
                            }
                        }
                        if (data6.name !== undefined) {
                            let data7 = data6.name;
                            if (typeof data7 === "string") {
                                if (func1(data7) > 64) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/name", "#/$defs/name/maxLength", "maxLength", { limit: 64 }, "must NOT have more than 64 characters", 64, schema76, data7);
                                    errors++;
                                }
                                if (!pattern33.test(data7)) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/name", "#/$defs/name/pattern", "pattern", { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", "^[A-Za-z0-9][A-Za-z0-9._-]*$", schema76, data7);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/name", "#/$defs/name/type", "type", { type: "string" }, "must be string", schema76, data7);
                                errors++;
                            }
                        }
                        if (data6.path !== undefined) {
                            let data8 = data6.path;
                            if (typeof data8 === "string") {
                                if (func1(data8) > 1024) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/path", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data8);
                                    errors++;
                                }
                                if (func1(data8) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/path", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data8);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/path", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data8);
                                errors++;
                            }
                        }
                        if (data6.risk !== undefined) {
                            let data9 = data6.risk;
                            if (typeof data9 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/risk", "#/$defs/risk/type", "type", { type: "string" }, "must be string", schema78, data9);
                                errors++;
                            }
                            if (!(((data9 === "low") || (data9 === "medium")) || (data9 === "high"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/risk", "#/$defs/risk/enum", "enum", { allowedValues: schema78.enum }, "must be equal to one of the allowed values", schema78, data9);
                                errors++;
                            }
                        }
                        if (data6.card !== undefined) {
                            let data10 = data6.card;
                            if (typeof data10 === "string") {
                                if (func1(data10) > 1024) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/card", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data10);
                                    errors++;
                                }
                                if (func1(data10) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/models/" + i2 + "/card", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data10);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/card", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data10);
                                errors++;
                            }
                        }
                        if (data6.cards_profile !== undefined) {
                            let data11 = data6.cards_profile;
                            if (typeof data11 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/cards_profile", "#/$defs/cardsProfile/type", "type", { type: "string" }, "must be string", schema80, data11);
                                errors++;
                            }
                            if (!((data11 === "standard") || (data11 === "huggingface"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2 + "/cards_profile", "#/$defs/cardsProfile/enum", "enum", { allowedValues: schema80.enum }, "must be equal to one of the allowed values", schema80, data11);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/models/" + i2, "#/properties/models/items/type", "type", { type: "object" }, "must be object", schema74.properties.models.items, data6);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/models", "#/properties/models/type", "type", { type: "array" }, "must be array", schema74.properties.models, data5);
                errors++;
            }
        }
        if (data.datasets !== undefined) {
            let data12 = data.datasets;
            if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i3 = 0; i3 < len2; i3++) {
                    let data13 = data12[i3];
                    if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
                        if (data13.name === undefined) {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3, "#/properties/datasets/items/required", "required", { missingProperty: "name" }, "must have required property '" + "name" + "'", schema74.properties.datasets.items, data13);
                            errors++;
                        }
                        if (data13.path === undefined) {
                            vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3, "#/properties/datasets/items/required", "required", { missingProperty: "path" }, "must have required property '" + "path" + "'", schema74.properties.datasets.items, data13);
                            errors++;
                        }
                        for (const key2 in data13) {
                            if (!((((key2 === "name") || (key2 === "path")) || (key2 === "card")) || (key2 === "drift"))) {
                                vErrors = addError(vErrors, instancePath + "/datasets/" + i3, "#/properties/datasets/items/additionalProperties", "additionalProperties", { additionalProperty: key2 }, "must NOT have additional properties", false, schema74.properties.datasets.items, data13);
                                errors++;
                            }
                        }
                        if (data13.name !== undefined) {
                            let data14 = data13.name;
                            if (typeof data14 === "string") {
                                if (func1(data14) > 64) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/name", "#/$defs/name/maxLength", "maxLength", { limit: 64 }, "must NOT have more than 64 characters", 64, schema76, data14);
                                    errors++;
                                }
                                if (!pattern33.test(data14)) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/name", "#/$defs/name/pattern", "pattern", { pattern: "^[A-Za-z0-9][A-Za-z0-9._-]*$" }, "must match pattern \"" + "^[A-Za-z0-9][A-Za-z0-9._-]*$" + "\"", "^[A-Za-z0-9][A-Za-z0-9._-]*$", schema76, data14);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/name", "#/$defs/name/type", "type", { type: "string" }, "must be string", schema76, data14);
                                errors++;
                            }
                        }
                        if (data13.path !== undefined) {
                            let data15 = data13.path;
                            if (typeof data15 === "string") {
                                if (func1(data15) > 1024) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/path", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data15);
                                    errors++;
                                }
                                if (func1(data15) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/path", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data15);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/path", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data15);
                                errors++;
                            }
                        }
                        if (data13.card !== undefined) {
                            let data16 = data13.card;
                            if (typeof data16 === "string") {
                                if (func1(data16) > 1024) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/card", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data16);
                                    errors++;
                                }
                                if (func1(data16) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/card", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data16);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/card", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data16);
                                errors++;
                            }
                        }
                        if (data13.drift !== undefined) {
                            let data17 = data13.drift;
                            if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
                                if (data17.reference === undefined) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/drift", "#/properties/datasets/items/properties/drift/required", "required", { missingProperty: "reference" }, "must have required property '" + "reference" + "'", schema74.properties.datasets.items.properties.drift, data17);
                                    errors++;
                                }
                                if (data17.current === undefined) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/drift", "#/properties/datasets/items/properties/drift/required", "required", { missingProperty: "current" }, "must have required property '" + "current" + "'", schema74.properties.datasets.items.properties.drift, data17);
                                    errors++;
                                }
                                for (const key3 in data17) {
                                    if (!((key3 === "reference") || (key3 === "current"))) {
                                        vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/drift", "#/properties/datasets/items/properties/drift/additionalProperties", "additionalProperties", { additionalProperty: key3 }, "must NOT have additional properties", false, schema74.properties.datasets.items.properties.drift, data17);
                                        errors++;
                                    }
                                }
                                if (data17.reference !== undefined) {
                                    let data18 = data17.reference;
                                    if (typeof data18 === "string") {
                                        if (func1(data18) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/drift/reference", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data18);
                                            errors++;
                                        }
                                        if (func1(data18) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/drift/reference", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data18);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/drift/reference", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data18);
                                        errors++;
                                    }
                                }
                                if (data17.current !== undefined) {
                                    let data19 = data17.current;
                                    if (typeof data19 === "string") {
                                        if (func1(data19) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/drift/current", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data19);
                                            errors++;
                                        }
                                        if (func1(data19) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/datasets/" + i3 + "/drift/current", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data19);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/drift/current", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data19);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3 + "/drift", "#/properties/datasets/items/properties/drift/type", "type", { type: "object" }, "must be object", schema74.properties.datasets.items.properties.drift, data17);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/datasets/" + i3, "#/properties/datasets/items/type", "type", { type: "object" }, "must be object", schema74.properties.datasets.items, data13);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/datasets", "#/properties/datasets/type", "type", { type: "array" }, "must be array", schema74.properties.datasets, data12);
                errors++;
            }
        }
        if (data.cards !== undefined) {
            let data20 = data.cards;
            if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                for (const key4 in data20) {
                    if (!(((((key4 === "profile") || (key4 === "profiles")) || (key4 === "required_sections")) || (key4 === "severity")) || (key4 === "placeholders"))) {
                        vErrors = addError(vErrors, instancePath + "/cards", "#/properties/cards/additionalProperties", "additionalProperties", { additionalProperty: key4 }, "must NOT have additional properties", false, schema74.properties.cards, data20);
                        errors++;
                    }
                }
                if (data20.profile !== undefined) {
                    let data21 = data20.profile;
                    if (typeof data21 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/profile", "#/$defs/cardsProfile/type", "type", { type: "string" }, "must be string", schema80, data21);
                        errors++;
                    }
                    if (!((data21 === "standard") || (data21 === "huggingface"))) {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/profile", "#/$defs/cardsProfile/enum", "enum", { allowedValues: schema80.enum }, "must be equal to one of the allowed values", schema80, data21);
                        errors++;
                    }
                }
                if (data20.profiles !== undefined) {
                    let data22 = data20.profiles;
                    if (data22 && typeof data22 == "object" && !Array.isArray(data22)) {
                        for (const key5 in data22) {
                            let data23 = data22[key5];
                            if (typeof data23 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/profiles/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/cardsProfile/type", "type", { type: "string" }, "must be string", schema80, data23);
                                errors++;
                            }
                            if (!((data23 === "standard") || (data23 === "huggingface"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/profiles/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/cardsProfile/enum", "enum", { allowedValues: schema80.enum }, "must be equal to one of the allowed values", schema80, data23);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/profiles", "#/properties/cards/properties/profiles/type", "type", { type: "object" }, "must be object", schema74.properties.cards.properties.profiles, data22);
                        errors++;
                    }
                }
                if (data20.required_sections !== undefined) {
                    let data24 = data20.required_sections;
                    if (data24 && typeof data24 == "object" && !Array.isArray(data24)) {
                        for (const key6 in data24) {
                            if (!((key6 === "model") || (key6 === "data"))) {
                                vErrors = addError(vErrors, instancePath + "/cards/required_sections", "#/properties/cards/properties/required_sections/additionalProperties", "additionalProperties", { additionalProperty: key6 }, "must NOT have additional properties", false, schema74.properties.cards.properties.required_sections, data24);
                                errors++;
                            }
                        }
                        if (data24.model !== undefined) {
                            let data25 = data24.model;
                            if (Array.isArray(data25)) {
                                const len3 = data25.length;
                                for (let i4 = 0; i4 < len3; i4++) {
                                    let data26 = data25[i4];
                                    if (typeof data26 === "string") {
                                        if (func1(data26) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/cards/required_sections/model/" + i4, "#/properties/cards/properties/required_sections/properties/model/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.cards.properties.required_sections.properties.model.items, data26);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/cards/required_sections/model/" + i4, "#/properties/cards/properties/required_sections/properties/model/items/type", "type", { type: "string" }, "must be string", schema74.properties.cards.properties.required_sections.properties.model.items, data26);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/required_sections/model", "#/properties/cards/properties/required_sections/properties/model/type", "type", { type: "array" }, "must be array", schema74.properties.cards.properties.required_sections.properties.model, data25);
                                errors++;
                            }
                        }
                        if (data24.data !== undefined) {
                            let data27 = data24.data;
                            if (Array.isArray(data27)) {
                                const len4 = data27.length;
                                for (let i5 = 0; i5 < len4; i5++) {
                                    let data28 = data27[i5];
                                    if (typeof data28 === "string") {
                                        if (func1(data28) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/cards/required_sections/data/" + i5, "#/properties/cards/properties/required_sections/properties/data/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.cards.properties.required_sections.properties.data.items, data28);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/cards/required_sections/data/" + i5, "#/properties/cards/properties/required_sections/properties/data/items/type", "type", { type: "string" }, "must be string", schema74.properties.cards.properties.required_sections.properties.data.items, data28);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/required_sections/data", "#/properties/cards/properties/required_sections/properties/data/type", "type", { type: "array" }, "must be array", schema74.properties.cards.properties.required_sections.properties.data, data27);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/required_sections", "#/properties/cards/properties/required_sections/type", "type", { type: "object" }, "must be object", schema74.properties.cards.properties.required_sections, data24);
                        errors++;
                    }
                }
                if (data20.severity !== undefined) {
                    let data29 = data20.severity;
                    if (data29 && typeof data29 == "object" && !Array.isArray(data29)) {
                        for (const key7 in data29) {
                            const _errs81 = errors;
                            if (typeof key7 === "string") {
                                if (!pattern38.test(key7)) {
                                    const err72 = { instancePath: instancePath + "/cards/severity", schemaPath: "#/properties/cards/properties/severity/propertyNames/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9-]+/[a-z0-9-]+$" }, message: "must match pattern \"" + "^[a-z0-9-]+/[a-z0-9-]+$" + "\"", schema: "^[a-z0-9-]+/[a-z0-9-]+$", parentSchema: schema74.properties.cards.properties.severity.propertyNames, data: key7, propertyName: key7 };
                                    if (vErrors === null) {
                                        vErrors = [err72];
                                    }
                                    else {
                                        vErrors.push(err72);
                                    }
                                    errors++;
                                }
                            }
                            var valid31 = _errs81 === errors;
                            if (!valid31) {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/severity", "#/properties/cards/properties/severity/propertyNames", "propertyNames", { propertyName: key7 }, "property name must be valid", schema74.properties.cards.properties.severity, data29);
                                errors++;
                            }
                        }
                        for (const key8 in data29) {
                            let data30 = data29[key8];
                            if (typeof data30 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/severity/type", "type", { type: "string" }, "must be string", schema88, data30);
                                errors++;
                            }
                            if (!((((data30 === "error") || (data30 === "warning")) || (data30 === "notice")) || (data30 === "off"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/severity/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"), "#/$defs/severity/enum", "enum", { allowedValues: schema88.enum }, "must be equal to one of the allowed values", schema88, data30);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/severity", "#/properties/cards/properties/severity/type", "type", { type: "object" }, "must be object", schema74.properties.cards.properties.severity, data29);
                        errors++;
                    }
                }
                if (data20.placeholders !== undefined) {
                    let data31 = data20.placeholders;
                    if (Array.isArray(data31)) {
                        const len5 = data31.length;
                        for (let i6 = 0; i6 < len5; i6++) {
                            let data32 = data31[i6];
                            if (typeof data32 === "string") {
                                if (func1(data32) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/cards/placeholders/" + i6, "#/properties/cards/properties/placeholders/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.cards.properties.placeholders.items, data32);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/cards/placeholders/" + i6, "#/properties/cards/properties/placeholders/items/type", "type", { type: "string" }, "must be string", schema74.properties.cards.properties.placeholders.items, data32);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/cards/placeholders", "#/properties/cards/properties/placeholders/type", "type", { type: "array" }, "must be array", schema74.properties.cards.properties.placeholders, data31);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/cards", "#/properties/cards/type", "type", { type: "object" }, "must be object", schema74.properties.cards, data20);
                errors++;
            }
        }
        if (data.evaluation !== undefined) {
            let data33 = data.evaluation;
            if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                for (const key9 in data33) {
                    if (!((key9 === "metrics") || (key9 === "primary_metric"))) {
                        vErrors = addError(vErrors, instancePath + "/evaluation", "#/properties/evaluation/additionalProperties", "additionalProperties", { additionalProperty: key9 }, "must NOT have additional properties", false, schema74.properties.evaluation, data33);
                        errors++;
                    }
                }
                if (data33.metrics !== undefined) {
                    let data34 = data33.metrics;
                    if (data34 && typeof data34 == "object" && !Array.isArray(data34)) {
                        for (const key10 in data34) {
                            let data35 = data34[key10];
                            if (data35 && typeof data35 == "object" && !Array.isArray(data35)) {
                                for (const key11 in data35) {
                                    if (!((((key11 === "higher_is_better") || (key11 === "min")) || (key11 === "max")) || (key11 === "tolerance"))) {
                                        vErrors = addError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/evaluation/properties/metrics/additionalProperties/additionalProperties", "additionalProperties", { additionalProperty: key11 }, "must NOT have additional properties", false, schema74.properties.evaluation.properties.metrics.additionalProperties, data35);
                                        errors++;
                                    }
                                }
                                if (data35.higher_is_better !== undefined) {
                                    let data36 = data35.higher_is_better;
                                    if (typeof data36 !== "boolean") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/higher_is_better", "#/properties/evaluation/properties/metrics/additionalProperties/properties/higher_is_better/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.evaluation.properties.metrics.additionalProperties.properties.higher_is_better, data36);
                                        errors++;
                                    }
                                }
                                if (data35.min !== undefined) {
                                    let data37 = data35.min;
                                    if (!((typeof data37 == "number") && (isFinite(data37)))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/min", "#/properties/evaluation/properties/metrics/additionalProperties/properties/min/type", "type", { type: "number" }, "must be number", schema74.properties.evaluation.properties.metrics.additionalProperties.properties.min, data37);
                                        errors++;
                                    }
                                }
                                if (data35.max !== undefined) {
                                    let data38 = data35.max;
                                    if (!((typeof data38 == "number") && (isFinite(data38)))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/max", "#/properties/evaluation/properties/metrics/additionalProperties/properties/max/type", "type", { type: "number" }, "must be number", schema74.properties.evaluation.properties.metrics.additionalProperties.properties.max, data38);
                                        errors++;
                                    }
                                }
                                if (data35.tolerance !== undefined) {
                                    let data39 = data35.tolerance;
                                    if ((typeof data39 == "number") && (isFinite(data39))) {
                                        if (data39 < 0 || isNaN(data39)) {
                                            vErrors = addError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", "#/properties/evaluation/properties/metrics/additionalProperties/properties/tolerance/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.evaluation.properties.metrics.additionalProperties.properties.tolerance, data39);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1") + "/tolerance", "#/properties/evaluation/properties/metrics/additionalProperties/properties/tolerance/type", "type", { type: "number" }, "must be number", schema74.properties.evaluation.properties.metrics.additionalProperties.properties.tolerance, data39);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics/" + key10.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/evaluation/properties/metrics/additionalProperties/type", "type", { type: "object" }, "must be object", schema74.properties.evaluation.properties.metrics.additionalProperties, data35);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/metrics", "#/properties/evaluation/properties/metrics/type", "type", { type: "object" }, "must be object", schema74.properties.evaluation.properties.metrics, data34);
                        errors++;
                    }
                }
                if (data33.primary_metric !== undefined) {
                    let data40 = data33.primary_metric;
                    if (typeof data40 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/evaluation/primary_metric", "#/properties/evaluation/properties/primary_metric/type", "type", { type: "string" }, "must be string", schema74.properties.evaluation.properties.primary_metric, data40);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/evaluation", "#/properties/evaluation/type", "type", { type: "object" }, "must be object", schema74.properties.evaluation, data33);
                errors++;
            }
        }
        if (data.fairness !== undefined) {
            let data41 = data.fairness;
            if (data41 && typeof data41 == "object" && !Array.isArray(data41)) {
                for (const key12 in data41) {
                    if (!((((((key12 === "predictions") || (key12 === "label")) || (key12 === "prediction")) || (key12 === "positive_label")) || (key12 === "sensitive_features")) || (key12 === "thresholds"))) {
                        vErrors = addError(vErrors, instancePath + "/fairness", "#/properties/fairness/additionalProperties", "additionalProperties", { additionalProperty: key12 }, "must NOT have additional properties", false, schema74.properties.fairness, data41);
                        errors++;
                    }
                }
                if (data41.predictions !== undefined) {
                    let data42 = data41.predictions;
                    if (typeof data42 === "string") {
                        if (func1(data42) > 1024) {
                            vErrors = addError(vErrors, instancePath + "/fairness/predictions", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data42);
                            errors++;
                        }
                        if (func1(data42) < 1) {
                            vErrors = addError(vErrors, instancePath + "/fairness/predictions", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data42);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/predictions", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data42);
                        errors++;
                    }
                }
                if (data41.label !== undefined) {
                    let data43 = data41.label;
                    if (typeof data43 === "string") {
                        if (func1(data43) < 1) {
                            vErrors = addError(vErrors, instancePath + "/fairness/label", "#/properties/fairness/properties/label/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.fairness.properties.label, data43);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/label", "#/properties/fairness/properties/label/type", "type", { type: "string" }, "must be string", schema74.properties.fairness.properties.label, data43);
                        errors++;
                    }
                }
                if (data41.prediction !== undefined) {
                    let data44 = data41.prediction;
                    if (typeof data44 === "string") {
                        if (func1(data44) < 1) {
                            vErrors = addError(vErrors, instancePath + "/fairness/prediction", "#/properties/fairness/properties/prediction/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.fairness.properties.prediction, data44);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/prediction", "#/properties/fairness/properties/prediction/type", "type", { type: "string" }, "must be string", schema74.properties.fairness.properties.prediction, data44);
                        errors++;
                    }
                }
                if (data41.positive_label !== undefined) {
                    let data45 = data41.positive_label;
                    const _errs120 = errors;
                    let valid41 = false;
                    const _errs121 = errors;
                    if (typeof data45 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/positive_label", "#/properties/fairness/properties/positive_label/anyOf/0/type", "type", { type: "string" }, "must be string", schema74.properties.fairness.properties.positive_label.anyOf[0], data45);
                        errors++;
                    }
                    var _valid0 = _errs121 === errors;
                    valid41 = valid41 || _valid0;
                    const _errs123 = errors;
                    if (!((typeof data45 == "number") && (isFinite(data45)))) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/positive_label", "#/properties/fairness/properties/positive_label/anyOf/1/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.positive_label.anyOf[1], data45);
                        errors++;
                    }
                    var _valid0 = _errs123 === errors;
                    valid41 = valid41 || _valid0;
                    const _errs125 = errors;
                    if (typeof data45 !== "boolean") {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/positive_label", "#/properties/fairness/properties/positive_label/anyOf/2/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.fairness.properties.positive_label.anyOf[2], data45);
                        errors++;
                    }
                    var _valid0 = _errs125 === errors;
                    valid41 = valid41 || _valid0;
                    if (!valid41) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/positive_label", "#/properties/fairness/properties/positive_label/anyOf", "anyOf", {}, "must match a schema in anyOf", schema74.properties.fairness.properties.positive_label, data45);
                        errors++;
                    }
                    else {
                        errors = _errs120;
                        if (vErrors !== null) {
                            if (_errs120) {
                                vErrors.length = _errs120;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data41.sensitive_features !== undefined) {
                    let data46 = data41.sensitive_features;
                    if (Array.isArray(data46)) {
                        const len6 = data46.length;
                        for (let i7 = 0; i7 < len6; i7++) {
                            let data47 = data46[i7];
                            if (typeof data47 === "string") {
                                if (func1(data47) < 1) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/sensitive_features/" + i7, "#/properties/fairness/properties/sensitive_features/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.fairness.properties.sensitive_features.items, data47);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/sensitive_features/" + i7, "#/properties/fairness/properties/sensitive_features/items/type", "type", { type: "string" }, "must be string", schema74.properties.fairness.properties.sensitive_features.items, data47);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/sensitive_features", "#/properties/fairness/properties/sensitive_features/type", "type", { type: "array" }, "must be array", schema74.properties.fairness.properties.sensitive_features, data46);
                        errors++;
                    }
                }
                if (data41.thresholds !== undefined) {
                    let data48 = data41.thresholds;
                    if (data48 && typeof data48 == "object" && !Array.isArray(data48)) {
                        for (const key13 in data48) {
                            if (!(((((key13 === "demographic_parity_difference") || (key13 === "demographic_parity_ratio")) || (key13 === "equalized_odds_difference")) || (key13 === "equalized_odds_ratio")) || (key13 === "equal_opportunity_difference"))) {
                                vErrors = addError(vErrors, instancePath + "/fairness/thresholds", "#/properties/fairness/properties/thresholds/additionalProperties", "additionalProperties", { additionalProperty: key13 }, "must NOT have additional properties", false, schema74.properties.fairness.properties.thresholds, data48);
                                errors++;
                            }
                        }
                        if (data48.demographic_parity_difference !== undefined) {
                            let data49 = data48.demographic_parity_difference;
                            if ((typeof data49 == "number") && (isFinite(data49))) {
                                if (data49 > 1 || isNaN(data49)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_difference", "#/properties/fairness/properties/thresholds/properties/demographic_parity_difference/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.fairness.properties.thresholds.properties.demographic_parity_difference, data49);
                                    errors++;
                                }
                                if (data49 < 0 || isNaN(data49)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_difference", "#/properties/fairness/properties/thresholds/properties/demographic_parity_difference/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.fairness.properties.thresholds.properties.demographic_parity_difference, data49);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_difference", "#/properties/fairness/properties/thresholds/properties/demographic_parity_difference/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.thresholds.properties.demographic_parity_difference, data49);
                                errors++;
                            }
                        }
                        if (data48.demographic_parity_ratio !== undefined) {
                            let data50 = data48.demographic_parity_ratio;
                            if ((typeof data50 == "number") && (isFinite(data50))) {
                                if (data50 > 1 || isNaN(data50)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_ratio", "#/properties/fairness/properties/thresholds/properties/demographic_parity_ratio/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.fairness.properties.thresholds.properties.demographic_parity_ratio, data50);
                                    errors++;
                                }
                                if (data50 < 0 || isNaN(data50)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_ratio", "#/properties/fairness/properties/thresholds/properties/demographic_parity_ratio/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.fairness.properties.thresholds.properties.demographic_parity_ratio, data50);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds/demographic_parity_ratio", "#/properties/fairness/properties/thresholds/properties/demographic_parity_ratio/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.thresholds.properties.demographic_parity_ratio, data50);
                                errors++;
                            }
                        }
                        if (data48.equalized_odds_difference !== undefined) {
                            let data51 = data48.equalized_odds_difference;
                            if ((typeof data51 == "number") && (isFinite(data51))) {
                                if (data51 > 1 || isNaN(data51)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_difference", "#/properties/fairness/properties/thresholds/properties/equalized_odds_difference/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.fairness.properties.thresholds.properties.equalized_odds_difference, data51);
                                    errors++;
                                }
                                if (data51 < 0 || isNaN(data51)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_difference", "#/properties/fairness/properties/thresholds/properties/equalized_odds_difference/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.fairness.properties.thresholds.properties.equalized_odds_difference, data51);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_difference", "#/properties/fairness/properties/thresholds/properties/equalized_odds_difference/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.thresholds.properties.equalized_odds_difference, data51);
                                errors++;
                            }
                        }
                        if (data48.equalized_odds_ratio !== undefined) {
                            let data52 = data48.equalized_odds_ratio;
                            if ((typeof data52 == "number") && (isFinite(data52))) {
                                if (data52 > 1 || isNaN(data52)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_ratio", "#/properties/fairness/properties/thresholds/properties/equalized_odds_ratio/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.fairness.properties.thresholds.properties.equalized_odds_ratio, data52);
                                    errors++;
                                }
                                if (data52 < 0 || isNaN(data52)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_ratio", "#/properties/fairness/properties/thresholds/properties/equalized_odds_ratio/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.fairness.properties.thresholds.properties.equalized_odds_ratio, data52);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds/equalized_odds_ratio", "#/properties/fairness/properties/thresholds/properties/equalized_odds_ratio/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.thresholds.properties.equalized_odds_ratio, data52);
                                errors++;
                            }
                        }
                        if (data48.equal_opportunity_difference !== undefined) {
                            let data53 = data48.equal_opportunity_difference;
                            if ((typeof data53 == "number") && (isFinite(data53))) {
                                if (data53 > 1 || isNaN(data53)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equal_opportunity_difference", "#/properties/fairness/properties/thresholds/properties/equal_opportunity_difference/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.fairness.properties.thresholds.properties.equal_opportunity_difference, data53);
                                    errors++;
                                }
                                if (data53 < 0 || isNaN(data53)) {
                                    vErrors = addError(vErrors, instancePath + "/fairness/thresholds/equal_opportunity_difference", "#/properties/fairness/properties/thresholds/properties/equal_opportunity_difference/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.fairness.properties.thresholds.properties.equal_opportunity_difference, data53);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds/equal_opportunity_difference", "#/properties/fairness/properties/thresholds/properties/equal_opportunity_difference/type", "type", { type: "number" }, "must be number", schema74.properties.fairness.properties.thresholds.properties.equal_opportunity_difference, data53);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness/thresholds", "#/properties/fairness/properties/thresholds/type", "type", { type: "object" }, "must be object", schema74.properties.fairness.properties.thresholds, data48);
                        errors++;
                    }
                }
                if (data41.predictions !== undefined) {
                    if (data41.label === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness", "#/properties/fairness/dependentRequired", "dependentRequired", { property: "predictions",
                            missingProperty: "label",
                            depsCount: 3,
                            deps: "label, prediction, sensitive_features" }, "must have properties label, prediction, sensitive_features when property predictions is present", schema74.properties.fairness, data41);
                        errors++;
                    }
                    if (data41.prediction === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness", "#/properties/fairness/dependentRequired", "dependentRequired", { property: "predictions",
                            missingProperty: "prediction",
                            depsCount: 3,
                            deps: "label, prediction, sensitive_features" }, "must have properties label, prediction, sensitive_features when property predictions is present", schema74.properties.fairness, data41);
                        errors++;
                    }
                    if (data41.sensitive_features === undefined) {
                        vErrors = addKeywordError(vErrors, instancePath + "/fairness", "#/properties/fairness/dependentRequired", "dependentRequired", { property: "predictions",
                            missingProperty: "sensitive_features",
                            depsCount: 3,
                            deps: "label, prediction, sensitive_features" }, "must have properties label, prediction, sensitive_features when property predictions is present", schema74.properties.fairness, data41);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/fairness", "#/properties/fairness/type", "type", { type: "object" }, "must be object", schema74.properties.fairness, data41);
                errors++;
            }
        }
        if (data.drift !== undefined) {
            let data54 = data.drift;
            if (data54 && typeof data54 == "object" && !Array.isArray(data54)) {
                for (const key14 in data54) {
                    if (!(((((key14 === "stattest") || (key14 === "thresholds")) || (key14 === "dataset_drift_share")) || (key14 === "bins")) || (key14 === "columns"))) {
                        vErrors = addError(vErrors, instancePath + "/drift", "#/properties/drift/additionalProperties", "additionalProperties", { additionalProperty: key14 }, "must NOT have additional properties", false, schema74.properties.drift, data54);
                        errors++;
                    }
                }
                if (data54.stattest !== undefined) {
                    let data55 = data54.stattest;
                    if (data55 && typeof data55 == "object" && !Array.isArray(data55)) {
                        for (const key15 in data55) {
                            if (!((key15 === "numerical") || (key15 === "categorical"))) {
                                vErrors = addError(vErrors, instancePath + "/drift/stattest", "#/properties/drift/properties/stattest/additionalProperties", "additionalProperties", { additionalProperty: key15 }, "must NOT have additional properties", false, schema74.properties.drift.properties.stattest, data55);
                                errors++;
                            }
                        }
                        if (data55.numerical !== undefined) {
                            let data56 = data55.numerical;
                            if (typeof data56 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/stattest/numerical", "#/$defs/stattest/type", "type", { type: "string" }, "must be string", schema90, data56);
                                errors++;
                            }
                            if (!(((((((data56 === "auto") || (data56 === "ks")) || (data56 === "chisquare")) || (data56 === "z")) || (data56 === "wasserstein")) || (data56 === "jensenshannon")) || (data56 === "psi"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/stattest/numerical", "#/$defs/stattest/enum", "enum", { allowedValues: schema90.enum }, "must be equal to one of the allowed values", schema90, data56);
                                errors++;
                            }
                        }
                        if (data55.categorical !== undefined) {
                            let data57 = data55.categorical;
                            if (typeof data57 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/stattest/categorical", "#/$defs/stattest/type", "type", { type: "string" }, "must be string", schema90, data57);
                                errors++;
                            }
                            if (!(((((((data57 === "auto") || (data57 === "ks")) || (data57 === "chisquare")) || (data57 === "z")) || (data57 === "wasserstein")) || (data57 === "jensenshannon")) || (data57 === "psi"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/stattest/categorical", "#/$defs/stattest/enum", "enum", { allowedValues: schema90.enum }, "must be equal to one of the allowed values", schema90, data57);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/stattest", "#/properties/drift/properties/stattest/type", "type", { type: "object" }, "must be object", schema74.properties.drift.properties.stattest, data55);
                        errors++;
                    }
                }
                if (data54.thresholds !== undefined) {
                    let data58 = data54.thresholds;
                    if (data58 && typeof data58 == "object" && !Array.isArray(data58)) {
                        for (const key16 in data58) {
                            if (!((key16 === "p_value") || (key16 === "distance"))) {
                                vErrors = addError(vErrors, instancePath + "/drift/thresholds", "#/properties/drift/properties/thresholds/additionalProperties", "additionalProperties", { additionalProperty: key16 }, "must NOT have additional properties", false, schema74.properties.drift.properties.thresholds, data58);
                                errors++;
                            }
                        }
                        if (data58.p_value !== undefined) {
                            let data59 = data58.p_value;
                            if ((typeof data59 == "number") && (isFinite(data59))) {
                                if (data59 > 1 || isNaN(data59)) {
                                    vErrors = addError(vErrors, instancePath + "/drift/thresholds/p_value", "#/properties/drift/properties/thresholds/properties/p_value/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.drift.properties.thresholds.properties.p_value, data59);
                                    errors++;
                                }
                                if (data59 <= 0 || isNaN(data59)) {
                                    vErrors = addError(vErrors, instancePath + "/drift/thresholds/p_value", "#/properties/drift/properties/thresholds/properties/p_value/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.drift.properties.thresholds.properties.p_value, data59);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/thresholds/p_value", "#/properties/drift/properties/thresholds/properties/p_value/type", "type", { type: "number" }, "must be number", schema74.properties.drift.properties.thresholds.properties.p_value, data59);
                                errors++;
                            }
                        }
                        if (data58.distance !== undefined) {
                            let data60 = data58.distance;
                            if ((typeof data60 == "number") && (isFinite(data60))) {
                                if (data60 <= 0 || isNaN(data60)) {
                                    vErrors = addError(vErrors, instancePath + "/drift/thresholds/distance", "#/properties/drift/properties/thresholds/properties/distance/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.drift.properties.thresholds.properties.distance, data60);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/thresholds/distance", "#/properties/drift/properties/thresholds/properties/distance/type", "type", { type: "number" }, "must be number", schema74.properties.drift.properties.thresholds.properties.distance, data60);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/thresholds", "#/properties/drift/properties/thresholds/type", "type", { type: "object" }, "must be object", schema74.properties.drift.properties.thresholds, data58);
                        errors++;
                    }
                }
                if (data54.dataset_drift_share !== undefined) {
                    let data61 = data54.dataset_drift_share;
                    if ((typeof data61 == "number") && (isFinite(data61))) {
                        if (data61 > 1 || isNaN(data61)) {
                            vErrors = addError(vErrors, instancePath + "/drift/dataset_drift_share", "#/properties/drift/properties/dataset_drift_share/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.drift.properties.dataset_drift_share, data61);
                            errors++;
                        }
                        if (data61 <= 0 || isNaN(data61)) {
                            vErrors = addError(vErrors, instancePath + "/drift/dataset_drift_share", "#/properties/drift/properties/dataset_drift_share/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.drift.properties.dataset_drift_share, data61);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/dataset_drift_share", "#/properties/drift/properties/dataset_drift_share/type", "type", { type: "number" }, "must be number", schema74.properties.drift.properties.dataset_drift_share, data61);
                        errors++;
                    }
                }
                if (data54.bins !== undefined) {
                    let data62 = data54.bins;
                    const _errs166 = errors;
                    let valid50 = false;
                    const _errs167 = errors;
                    if (typeof data62 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf/0/type", "type", { type: "string" }, "must be string", schema74.properties.drift.properties.bins.anyOf[0], data62);
                        errors++;
                    }
                    if ("sturges" !== data62) {
                        vErrors = addError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf/0/const", "const", { allowedValue: "sturges" }, "must be equal to constant", "sturges", schema74.properties.drift.properties.bins.anyOf[0], data62);
                        errors++;
                    }
                    var _valid1 = _errs167 === errors;
                    valid50 = valid50 || _valid1;
                    const _errs169 = errors;
                    if (!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))) {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf/1/type", "type", { type: "integer" }, "must be integer", schema74.properties.drift.properties.bins.anyOf[1], data62);
                        errors++;
                    }
                    if ((typeof data62 == "number") && (isFinite(data62))) {
                        if (data62 > 1000 || isNaN(data62)) {
                            vErrors = addError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf/1/maximum", "maximum", { comparison: "<=", limit: 1000 }, "must be <= 1000", 1000, schema74.properties.drift.properties.bins.anyOf[1], data62);
                            errors++;
                        }
                        if (data62 < 2 || isNaN(data62)) {
                            vErrors = addError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf/1/minimum", "minimum", { comparison: ">=", limit: 2 }, "must be >= 2", 2, schema74.properties.drift.properties.bins.anyOf[1], data62);
                            errors++;
                        }
                    }
                    var _valid1 = _errs169 === errors;
                    valid50 = valid50 || _valid1;
                    if (!valid50) {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/bins", "#/properties/drift/properties/bins/anyOf", "anyOf", {}, "must match a schema in anyOf", schema74.properties.drift.properties.bins, data62);
                        errors++;
                    }
                    else {
                        errors = _errs166;
                        if (vErrors !== null) {
                            if (_errs166) {
                                vErrors.length = _errs166;
                            }
                            else {
                                vErrors = null;
                            }
                        }
                    }
                }
                if (data54.columns !== undefined) {
                    let data63 = data54.columns;
                    if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                        for (const key17 in data63) {
                            let data64 = data63[key17];
                            if (data64 && typeof data64 == "object" && !Array.isArray(data64)) {
                                for (const key18 in data64) {
                                    if (!(((key18 === "stattest") || (key18 === "threshold")) || (key18 === "ignore"))) {
                                        vErrors = addError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/drift/properties/columns/additionalProperties/additionalProperties", "additionalProperties", { additionalProperty: key18 }, "must NOT have additional properties", false, schema74.properties.drift.properties.columns.additionalProperties, data64);
                                        errors++;
                                    }
                                }
                                if (data64.stattest !== undefined) {
                                    let data65 = data64.stattest;
                                    if (typeof data65 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/stattest", "#/$defs/stattest/type", "type", { type: "string" }, "must be string", schema90, data65);
                                        errors++;
                                    }
                                    if (!(((((((data65 === "auto") || (data65 === "ks")) || (data65 === "chisquare")) || (data65 === "z")) || (data65 === "wasserstein")) || (data65 === "jensenshannon")) || (data65 === "psi"))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/stattest", "#/$defs/stattest/enum", "enum", { allowedValues: schema90.enum }, "must be equal to one of the allowed values", schema90, data65);
                                        errors++;
                                    }
                                }
                                if (data64.threshold !== undefined) {
                                    let data66 = data64.threshold;
                                    if ((typeof data66 == "number") && (isFinite(data66))) {
                                        if (data66 <= 0 || isNaN(data66)) {
                                            vErrors = addError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", "#/properties/drift/properties/columns/additionalProperties/properties/threshold/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.drift.properties.columns.additionalProperties.properties.threshold, data66);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/threshold", "#/properties/drift/properties/columns/additionalProperties/properties/threshold/type", "type", { type: "number" }, "must be number", schema74.properties.drift.properties.columns.additionalProperties.properties.threshold, data66);
                                        errors++;
                                    }
                                }
                                if (data64.ignore !== undefined) {
                                    let data67 = data64.ignore;
                                    if (typeof data67 !== "boolean") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1") + "/ignore", "#/properties/drift/properties/columns/additionalProperties/properties/ignore/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.drift.properties.columns.additionalProperties.properties.ignore, data67);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/drift/columns/" + key17.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/drift/properties/columns/additionalProperties/type", "type", { type: "object" }, "must be object", schema74.properties.drift.properties.columns.additionalProperties, data64);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/drift/columns", "#/properties/drift/properties/columns/type", "type", { type: "object" }, "must be object", schema74.properties.drift.properties.columns, data63);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/drift", "#/properties/drift/type", "type", { type: "object" }, "must be object", schema74.properties.drift, data54);
                errors++;
            }
        }
        if (data.promotion !== undefined) {
            let data68 = data.promotion;
            if (data68 && typeof data68 == "object" && !Array.isArray(data68)) {
                for (const key19 in data68) {
                    const _errs186 = errors;
                    if (typeof key19 === "string") {
                        if (func1(key19) > 32) {
                            const err160 = { instancePath: instancePath + "/promotion", schemaPath: "#/$defs/stage/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema75, data: key19, propertyName: key19 };
                            if (vErrors === null) {
                                vErrors = [err160];
                            }
                            else {
                                vErrors.push(err160);
                            }
                            errors++;
                        }
                        if (!pattern34.test(key19)) {
                            const err161 = { instancePath: instancePath + "/promotion", schemaPath: "#/$defs/stage/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema75, data: key19, propertyName: key19 };
                            if (vErrors === null) {
                                vErrors = [err161];
                            }
                            else {
                                vErrors.push(err161);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err162 = { instancePath: instancePath + "/promotion", schemaPath: "#/$defs/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: key19, propertyName: key19 };
                        if (vErrors === null) {
                            vErrors = [err162];
                        }
                        else {
                            vErrors.push(err162);
                        }
                        errors++;
                    }
                    var valid54 = _errs186 === errors;
                    if (!valid54) {
                        vErrors = addKeywordError(vErrors, instancePath + "/promotion", "#/properties/promotion/propertyNames", "propertyNames", { propertyName: key19 }, "property name must be valid", schema74.properties.promotion, data68);
                        errors++;
                    }
                }
                for (const key20 in data68) {
                    let data69 = data68[key20];
                    if (data69 && typeof data69 == "object" && !Array.isArray(data69)) {
                        for (const key21 in data69) {
                            if (!(func5.call(schema74.properties.promotion.additionalProperties.properties, key21))) {
                                vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/promotion/additionalProperties/additionalProperties", "additionalProperties", { additionalProperty: key21 }, "must NOT have additional properties", false, schema74.properties.promotion.additionalProperties, data69);
                                errors++;
                            }
                        }
                        if (data69.approvals !== undefined) {
                            let data70 = data69.approvals;
                            if (!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", "#/properties/promotion/additionalProperties/properties/approvals/type", "type", { type: "integer" }, "must be integer", schema74.properties.promotion.additionalProperties.properties.approvals, data70);
                                errors++;
                            }
                            if ((typeof data70 == "number") && (isFinite(data70))) {
                                if (data70 > 20 || isNaN(data70)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", "#/properties/promotion/additionalProperties/properties/approvals/maximum", "maximum", { comparison: "<=", limit: 20 }, "must be <= 20", 20, schema74.properties.promotion.additionalProperties.properties.approvals, data70);
                                    errors++;
                                }
                                if (data70 < 0 || isNaN(data70)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/approvals", "#/properties/promotion/additionalProperties/properties/approvals/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.promotion.additionalProperties.properties.approvals, data70);
                                    errors++;
                                }
                            }
                        }
                        if (data69.teams !== undefined) {
                            let data71 = data69.teams;
                            if (Array.isArray(data71)) {
                                const len7 = data71.length;
                                for (let i8 = 0; i8 < len7; i8++) {
                                    let data72 = data71[i8];
                                    if (typeof data72 === "string") {
                                        if (!pattern40.test(data72)) {
                                            vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i8, "#/properties/promotion/additionalProperties/properties/teams/items/pattern", "pattern", { pattern: "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?$" }, "must match pattern \"" + "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?$" + "\"", "^[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)?$", schema74.properties.promotion.additionalProperties.properties.teams.items, data72);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams/" + i8, "#/properties/promotion/additionalProperties/properties/teams/items/type", "type", { type: "string" }, "must be string", schema74.properties.promotion.additionalProperties.properties.teams.items, data72);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/teams", "#/properties/promotion/additionalProperties/properties/teams/type", "type", { type: "array" }, "must be array", schema74.properties.promotion.additionalProperties.properties.teams, data71);
                                errors++;
                            }
                        }
                        if (data69.codeowners !== undefined) {
                            let data73 = data69.codeowners;
                            if (typeof data73 !== "boolean") {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/codeowners", "#/properties/promotion/additionalProperties/properties/codeowners/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.promotion.additionalProperties.properties.codeowners, data73);
                                errors++;
                            }
                        }
                        if (data69.from !== undefined) {
                            let data74 = data69.from;
                            if (typeof data74 === "string") {
                                if (func1(data74) > 32) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", "#/$defs/stage/maxLength", "maxLength", { limit: 32 }, "must NOT have more than 32 characters", 32, schema75, data74);
                                    errors++;
                                }
                                if (!pattern34.test(data74)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", "#/$defs/stage/pattern", "pattern", { pattern: "^[a-z0-9][a-z0-9_-]*$" }, "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", "^[a-z0-9][a-z0-9_-]*$", schema75, data74);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/from", "#/$defs/stage/type", "type", { type: "string" }, "must be string", schema75, data74);
                                errors++;
                            }
                        }
                        if (data69.soak_hours !== undefined) {
                            let data75 = data69.soak_hours;
                            if ((typeof data75 == "number") && (isFinite(data75))) {
                                if (data75 < 0 || isNaN(data75)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak_hours", "#/properties/promotion/additionalProperties/properties/soak_hours/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.promotion.additionalProperties.properties.soak_hours, data75);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/soak_hours", "#/properties/promotion/additionalProperties/properties/soak_hours/type", "type", { type: "number" }, "must be number", schema74.properties.promotion.additionalProperties.properties.soak_hours, data75);
                                errors++;
                            }
                        }
                        if (data69.metrics !== undefined) {
                            if (!(validate43(data69.metrics, { instancePath: instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/metrics", parentData: data69, parentDataProperty: "metrics", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data69.max_regression !== undefined) {
                            let data77 = data69.max_regression;
                            if ((typeof data77 == "number") && (isFinite(data77))) {
                                if (data77 < 0 || isNaN(data77)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", "#/properties/promotion/additionalProperties/properties/max_regression/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.promotion.additionalProperties.properties.max_regression, data77);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/max_regression", "#/properties/promotion/additionalProperties/properties/max_regression/type", "type", { type: "number" }, "must be number", schema74.properties.promotion.additionalProperties.properties.max_regression, data77);
                                errors++;
                            }
                        }
                        if (data69.require_card_complete !== undefined) {
                            let data78 = data69.require_card_complete;
                            if (typeof data78 !== "boolean") {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/require_card_complete", "#/properties/promotion/additionalProperties/properties/require_card_complete/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.promotion.additionalProperties.properties.require_card_complete, data78);
                                errors++;
                            }
                        }
                        if (data69.high_risk_extra_approvals !== undefined) {
                            let data79 = data69.high_risk_extra_approvals;
                            if (!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/high_risk_extra_approvals", "#/properties/promotion/additionalProperties/properties/high_risk_extra_approvals/type", "type", { type: "integer" }, "must be integer", schema74.properties.promotion.additionalProperties.properties.high_risk_extra_approvals, data79);
                                errors++;
                            }
                            if ((typeof data79 == "number") && (isFinite(data79))) {
                                if (data79 > 20 || isNaN(data79)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/high_risk_extra_approvals", "#/properties/promotion/additionalProperties/properties/high_risk_extra_approvals/maximum", "maximum", { comparison: "<=", limit: 20 }, "must be <= 20", 20, schema74.properties.promotion.additionalProperties.properties.high_risk_extra_approvals, data79);
                                    errors++;
                                }
                                if (data79 < 0 || isNaN(data79)) {
                                    vErrors = addError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/high_risk_extra_approvals", "#/properties/promotion/additionalProperties/properties/high_risk_extra_approvals/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.promotion.additionalProperties.properties.high_risk_extra_approvals, data79);
                                    errors++;
                                }
                            }
                        }
                        if (data69.require_fairness_report !== undefined) {
                            let data80 = data69.require_fairness_report;
                            if (typeof data80 !== "boolean") {
                                vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1") + "/require_fairness_report", "#/properties/promotion/additionalProperties/properties/require_fairness_report/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.promotion.additionalProperties.properties.require_fairness_report, data80);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/promotion/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/promotion/additionalProperties/type", "type", { type: "object" }, "must be object", schema74.properties.promotion.additionalProperties, data69);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/promotion", "#/properties/promotion/type", "type", { type: "object" }, "must be object", schema74.properties.promotion, data68);
                errors++;
            }
        }
        if (data.deploy !== undefined) {
            let data81 = data.deploy;
            if (data81 && typeof data81 == "object" && !Array.isArray(data81)) {
                for (const key22 in data81) {
                    const _errs217 = errors;
                    if (typeof key22 === "string") {
                        if (func1(key22) > 32) {
                            const err186 = { instancePath: instancePath + "/deploy", schemaPath: "#/$defs/stage/maxLength", keyword: "maxLength", params: { limit: 32 }, message: "must NOT have more than 32 characters", schema: 32, parentSchema: schema75, data: key22, propertyName: key22 };
                            if (vErrors === null) {
                                vErrors = [err186];
                            }
                            else {
                                vErrors.push(err186);
                            }
                            errors++;
                        }
                        if (!pattern34.test(key22)) {
                            const err187 = { instancePath: instancePath + "/deploy", schemaPath: "#/$defs/stage/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9_-]*$" + "\"", schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema75, data: key22, propertyName: key22 };
                            if (vErrors === null) {
                                vErrors = [err187];
                            }
                            else {
                                vErrors.push(err187);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err188 = { instancePath: instancePath + "/deploy", schemaPath: "#/$defs/stage/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.type, parentSchema: schema75, data: key22, propertyName: key22 };
                        if (vErrors === null) {
                            vErrors = [err188];
                        }
                        else {
                            vErrors.push(err188);
                        }
                        errors++;
                    }
                    var valid61 = _errs217 === errors;
                    if (!valid61) {
                        vErrors = addKeywordError(vErrors, instancePath + "/deploy", "#/properties/deploy/propertyNames", "propertyNames", { propertyName: key22 }, "property name must be valid", schema74.properties.deploy, data81);
                        errors++;
                    }
                }
                for (const key23 in data81) {
                    let data82 = data81[key23];
                    if (data82 && typeof data82 == "object" && !Array.isArray(data82)) {
                        for (const key24 in data82) {
                            if (!(func5.call(schema74.properties.deploy.additionalProperties.properties, key24))) {
                                vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/deploy/additionalProperties/additionalProperties", "additionalProperties", { additionalProperty: key24 }, "must NOT have additional properties", false, schema74.properties.deploy.additionalProperties, data82);
                                errors++;
                            }
                        }
                        if (data82.strategy !== undefined) {
                            let data83 = data82.strategy;
                            if (typeof data83 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategy", "#/properties/deploy/additionalProperties/properties/strategy/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.strategy, data83);
                                errors++;
                            }
                            if (!(((((data83 === "direct") || (data83 === "canary")) || (data83 === "blue-green")) || (data83 === "shadow")) || (data83 === "ab"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/strategy", "#/properties/deploy/additionalProperties/properties/strategy/enum", "enum", { allowedValues: schema74.properties.deploy.additionalProperties.properties.strategy.enum }, "must be equal to one of the allowed values", schema74.properties.deploy.additionalProperties.properties.strategy, data83);
                                errors++;
                            }
                        }
                        if (data82.steps !== undefined) {
                            let data84 = data82.steps;
                            if (Array.isArray(data84)) {
                                if (data84.length < 1) {
                                    vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps", "#/properties/deploy/additionalProperties/properties/steps/minItems", "minItems", { limit: 1 }, "must NOT have fewer than 1 items", 1, schema74.properties.deploy.additionalProperties.properties.steps, data84);
                                    errors++;
                                }
                                const len8 = data84.length;
                                for (let i9 = 0; i9 < len8; i9++) {
                                    let data85 = data84[i9];
                                    if ((typeof data85 == "number") && (isFinite(data85))) {
                                        if (data85 > 100 || isNaN(data85)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps/" + i9, "#/properties/deploy/additionalProperties/properties/steps/items/maximum", "maximum", { comparison: "<=", limit: 100 }, "must be <= 100", 100, schema74.properties.deploy.additionalProperties.properties.steps.items, data85);
                                            errors++;
                                        }
                                        if (data85 <= 0 || isNaN(data85)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps/" + i9, "#/properties/deploy/additionalProperties/properties/steps/items/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.deploy.additionalProperties.properties.steps.items, data85);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps/" + i9, "#/properties/deploy/additionalProperties/properties/steps/items/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.steps.items, data85);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/steps", "#/properties/deploy/additionalProperties/properties/steps/type", "type", { type: "array" }, "must be array", schema74.properties.deploy.additionalProperties.properties.steps, data84);
                                errors++;
                            }
                        }
                        if (data82.environment !== undefined) {
                            let data86 = data82.environment;
                            if (typeof data86 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/environment", "#/properties/deploy/additionalProperties/properties/environment/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.environment, data86);
                                errors++;
                            }
                        }
                        if (data82.health !== undefined) {
                            let data87 = data82.health;
                            if (data87 && typeof data87 == "object" && !Array.isArray(data87)) {
                                for (const key25 in data87) {
                                    if (!(((((((key25 === "url") || (key25 === "latency_p95_ms")) || (key25 === "error_rate")) || (key25 === "duration")) || (key25 === "interval")) || (key25 === "metrics_url")) || (key25 === "timeout"))) {
                                        vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", "#/properties/deploy/additionalProperties/properties/health/additionalProperties", "additionalProperties", { additionalProperty: key25 }, "must NOT have additional properties", false, schema74.properties.deploy.additionalProperties.properties.health, data87);
                                        errors++;
                                    }
                                }
                                if (data87.url !== undefined) {
                                    let data88 = data87.url;
                                    if (typeof data88 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/url", "#/properties/deploy/additionalProperties/properties/health/properties/url/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.health.properties.url, data88);
                                        errors++;
                                    }
                                }
                                if (data87.latency_p95_ms !== undefined) {
                                    let data89 = data87.latency_p95_ms;
                                    if ((typeof data89 == "number") && (isFinite(data89))) {
                                        if (data89 <= 0 || isNaN(data89)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/latency_p95_ms", "#/properties/deploy/additionalProperties/properties/health/properties/latency_p95_ms/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.deploy.additionalProperties.properties.health.properties.latency_p95_ms, data89);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/latency_p95_ms", "#/properties/deploy/additionalProperties/properties/health/properties/latency_p95_ms/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.health.properties.latency_p95_ms, data89);
                                        errors++;
                                    }
                                }
                                if (data87.error_rate !== undefined) {
                                    let data90 = data87.error_rate;
                                    if ((typeof data90 == "number") && (isFinite(data90))) {
                                        if (data90 > 1 || isNaN(data90)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/error_rate", "#/properties/deploy/additionalProperties/properties/health/properties/error_rate/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.deploy.additionalProperties.properties.health.properties.error_rate, data90);
                                            errors++;
                                        }
                                        if (data90 < 0 || isNaN(data90)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/error_rate", "#/properties/deploy/additionalProperties/properties/health/properties/error_rate/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.deploy.additionalProperties.properties.health.properties.error_rate, data90);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/error_rate", "#/properties/deploy/additionalProperties/properties/health/properties/error_rate/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.health.properties.error_rate, data90);
                                        errors++;
                                    }
                                }
                                if (data87.duration !== undefined) {
                                    let data91 = data87.duration;
                                    if (typeof data91 === "string") {
                                        if (!pattern43.test(data91)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/duration", "#/$defs/duration/pattern", "pattern", { pattern: "^[0-9]+(ms|s|m|h|d)$" }, "must match pattern \"" + "^[0-9]+(ms|s|m|h|d)$" + "\"", "^[0-9]+(ms|s|m|h|d)$", schema98, data91);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/duration", "#/$defs/duration/type", "type", { type: "string" }, "must be string", schema98, data91);
                                        errors++;
                                    }
                                }
                                if (data87.interval !== undefined) {
                                    let data92 = data87.interval;
                                    if (typeof data92 === "string") {
                                        if (!pattern43.test(data92)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/interval", "#/$defs/duration/pattern", "pattern", { pattern: "^[0-9]+(ms|s|m|h|d)$" }, "must match pattern \"" + "^[0-9]+(ms|s|m|h|d)$" + "\"", "^[0-9]+(ms|s|m|h|d)$", schema98, data92);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/interval", "#/$defs/duration/type", "type", { type: "string" }, "must be string", schema98, data92);
                                        errors++;
                                    }
                                }
                                if (data87.metrics_url !== undefined) {
                                    let data93 = data87.metrics_url;
                                    if (typeof data93 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/metrics_url", "#/properties/deploy/additionalProperties/properties/health/properties/metrics_url/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.health.properties.metrics_url, data93);
                                        errors++;
                                    }
                                }
                                if (data87.timeout !== undefined) {
                                    let data94 = data87.timeout;
                                    if (typeof data94 === "string") {
                                        if (!pattern43.test(data94)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/timeout", "#/$defs/duration/pattern", "pattern", { pattern: "^[0-9]+(ms|s|m|h|d)$" }, "must match pattern \"" + "^[0-9]+(ms|s|m|h|d)$" + "\"", "^[0-9]+(ms|s|m|h|d)$", schema98, data94);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health/timeout", "#/$defs/duration/type", "type", { type: "string" }, "must be string", schema98, data94);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/health", "#/properties/deploy/additionalProperties/properties/health/type", "type", { type: "object" }, "must be object", schema74.properties.deploy.additionalProperties.properties.health, data87);
                                errors++;
                            }
                        }
                        if (data82.target !== undefined) {
                            let data95 = data82.target;
                            if (data95 && typeof data95 == "object" && !Array.isArray(data95)) {
                                if (data95.type === undefined) {
                                    vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target", "#/properties/deploy/additionalProperties/properties/target/required", "required", { missingProperty: "type" }, "must have required property '" + "type" + "'", schema74.properties.deploy.additionalProperties.properties.target, data95);
                                    errors++;
                                }
                                for (const key26 in data95) {
                                    if (!(func5.call(schema74.properties.deploy.additionalProperties.properties.target.properties, key26))) {
                                        vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target", "#/properties/deploy/additionalProperties/properties/target/additionalProperties", "additionalProperties", { additionalProperty: key26 }, "must NOT have additional properties", false, schema74.properties.deploy.additionalProperties.properties.target, data95);
                                        errors++;
                                    }
                                }
                                if (data95.type !== undefined) {
                                    let data96 = data95.type;
                                    if (typeof data96 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/type", "#/properties/deploy/additionalProperties/properties/target/properties/type/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.type, data96);
                                        errors++;
                                    }
                                    if (!(((((data96 === "command") || (data96 === "kserve")) || (data96 === "kubernetes")) || (data96 === "batch")) || (data96 === "edge"))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/type", "#/properties/deploy/additionalProperties/properties/target/properties/type/enum", "enum", { allowedValues: schema74.properties.deploy.additionalProperties.properties.target.properties.type.enum }, "must be equal to one of the allowed values", schema74.properties.deploy.additionalProperties.properties.target.properties.type, data96);
                                        errors++;
                                    }
                                }
                                if (data95.command !== undefined) {
                                    let data97 = data95.command;
                                    if (typeof data97 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/command", "#/properties/deploy/additionalProperties/properties/target/properties/command/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.command, data97);
                                        errors++;
                                    }
                                }
                                if (data95.manifest !== undefined) {
                                    let data98 = data95.manifest;
                                    if (typeof data98 === "string") {
                                        if (func1(data98) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/manifest", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data98);
                                            errors++;
                                        }
                                        if (func1(data98) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/manifest", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data98);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/manifest", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data98);
                                        errors++;
                                    }
                                }
                                if (data95.branch !== undefined) {
                                    let data99 = data95.branch;
                                    if (typeof data99 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/branch", "#/properties/deploy/additionalProperties/properties/target/properties/branch/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.branch, data99);
                                        errors++;
                                    }
                                }
                                if (data95.namespace !== undefined) {
                                    let data100 = data95.namespace;
                                    if (typeof data100 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/namespace", "#/properties/deploy/additionalProperties/properties/target/properties/namespace/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.namespace, data100);
                                        errors++;
                                    }
                                }
                                if (data95.model_format !== undefined) {
                                    let data101 = data95.model_format;
                                    if (typeof data101 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/model_format", "#/properties/deploy/additionalProperties/properties/target/properties/model_format/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.model_format, data101);
                                        errors++;
                                    }
                                }
                                if (data95.storage_uri !== undefined) {
                                    let data102 = data95.storage_uri;
                                    if (typeof data102 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/storage_uri", "#/properties/deploy/additionalProperties/properties/target/properties/storage_uri/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.storage_uri, data102);
                                        errors++;
                                    }
                                }
                                if (data95.crd !== undefined) {
                                    let data103 = data95.crd;
                                    if (typeof data103 === "string") {
                                        if (func1(data103) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/crd", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data103);
                                            errors++;
                                        }
                                        if (func1(data103) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/crd", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data103);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/crd", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data103);
                                        errors++;
                                    }
                                }
                                if (data95.input !== undefined) {
                                    let data104 = data95.input;
                                    if (typeof data104 === "string") {
                                        if (func1(data104) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/input", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data104);
                                            errors++;
                                        }
                                        if (func1(data104) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/input", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data104);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/input", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data104);
                                        errors++;
                                    }
                                }
                                if (data95.output !== undefined) {
                                    let data105 = data95.output;
                                    if (typeof data105 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/output", "#/properties/deploy/additionalProperties/properties/target/properties/output/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.output, data105);
                                        errors++;
                                    }
                                }
                                if (data95.channel !== undefined) {
                                    let data106 = data95.channel;
                                    if (typeof data106 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/channel", "#/properties/deploy/additionalProperties/properties/target/properties/channel/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.channel, data106);
                                        errors++;
                                    }
                                }
                                if (data95.min_runtime !== undefined) {
                                    let data107 = data95.min_runtime;
                                    if (typeof data107 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/min_runtime", "#/properties/deploy/additionalProperties/properties/target/properties/min_runtime/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.min_runtime, data107);
                                        errors++;
                                    }
                                }
                                if (data95.image !== undefined) {
                                    let data108 = data95.image;
                                    if (typeof data108 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/image", "#/properties/deploy/additionalProperties/properties/target/properties/image/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.target.properties.image, data108);
                                        errors++;
                                    }
                                }
                                if (data95.replicas !== undefined) {
                                    let data109 = data95.replicas;
                                    if (!(((typeof data109 == "number") && (!(data109 % 1) && !isNaN(data109))) && (isFinite(data109)))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/replicas", "#/properties/deploy/additionalProperties/properties/target/properties/replicas/type", "type", { type: "integer" }, "must be integer", schema74.properties.deploy.additionalProperties.properties.target.properties.replicas, data109);
                                        errors++;
                                    }
                                    if ((typeof data109 == "number") && (isFinite(data109))) {
                                        if (data109 < 2 || isNaN(data109)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/replicas", "#/properties/deploy/additionalProperties/properties/target/properties/replicas/minimum", "minimum", { comparison: ">=", limit: 2 }, "must be >= 2", 2, schema74.properties.deploy.additionalProperties.properties.target.properties.replicas, data109);
                                            errors++;
                                        }
                                    }
                                }
                                if (data95.port !== undefined) {
                                    let data110 = data95.port;
                                    if (!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/port", "#/properties/deploy/additionalProperties/properties/target/properties/port/type", "type", { type: "integer" }, "must be integer", schema74.properties.deploy.additionalProperties.properties.target.properties.port, data110);
                                        errors++;
                                    }
                                    if ((typeof data110 == "number") && (isFinite(data110))) {
                                        if (data110 > 65535 || isNaN(data110)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/port", "#/properties/deploy/additionalProperties/properties/target/properties/port/maximum", "maximum", { comparison: "<=", limit: 65535 }, "must be <= 65535", 65535, schema74.properties.deploy.additionalProperties.properties.target.properties.port, data110);
                                            errors++;
                                        }
                                        if (data110 < 1 || isNaN(data110)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target/port", "#/properties/deploy/additionalProperties/properties/target/properties/port/minimum", "minimum", { comparison: ">=", limit: 1 }, "must be >= 1", 1, schema74.properties.deploy.additionalProperties.properties.target.properties.port, data110);
                                            errors++;
                                        }
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/target", "#/properties/deploy/additionalProperties/properties/target/type", "type", { type: "object" }, "must be object", schema74.properties.deploy.additionalProperties.properties.target, data95);
                                errors++;
                            }
                        }
                        if (data82.rollback !== undefined) {
                            let data111 = data82.rollback;
                            if (typeof data111 !== "boolean") {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/rollback", "#/properties/deploy/additionalProperties/properties/rollback/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.deploy.additionalProperties.properties.rollback, data111);
                                errors++;
                            }
                        }
                        if (data82.url !== undefined) {
                            let data112 = data82.url;
                            if (typeof data112 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/url", "#/properties/deploy/additionalProperties/properties/url/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.url, data112);
                                errors++;
                            }
                        }
                        if (data82.pause !== undefined) {
                            let data113 = data82.pause;
                            if (typeof data113 === "string") {
                                if (!pattern43.test(data113)) {
                                    vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/pause", "#/$defs/duration/pattern", "pattern", { pattern: "^[0-9]+(ms|s|m|h|d)$" }, "must match pattern \"" + "^[0-9]+(ms|s|m|h|d)$" + "\"", "^[0-9]+(ms|s|m|h|d)$", schema98, data113);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/pause", "#/$defs/duration/type", "type", { type: "string" }, "must be string", schema98, data113);
                                errors++;
                            }
                        }
                        if (data82.timeout !== undefined) {
                            let data114 = data82.timeout;
                            if (typeof data114 === "string") {
                                if (!pattern43.test(data114)) {
                                    vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout", "#/$defs/duration/pattern", "pattern", { pattern: "^[0-9]+(ms|s|m|h|d)$" }, "must match pattern \"" + "^[0-9]+(ms|s|m|h|d)$" + "\"", "^[0-9]+(ms|s|m|h|d)$", schema98, data114);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/timeout", "#/$defs/duration/type", "type", { type: "string" }, "must be string", schema98, data114);
                                errors++;
                            }
                        }
                        if (data82.shadow !== undefined) {
                            let data115 = data82.shadow;
                            if (data115 && typeof data115 == "object" && !Array.isArray(data115)) {
                                for (const key27 in data115) {
                                    if (!((((key27 === "inputs") || (key27 === "url")) || (key27 === "max_disagreement")) || (key27 === "max_latency_ratio"))) {
                                        vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow", "#/properties/deploy/additionalProperties/properties/shadow/additionalProperties", "additionalProperties", { additionalProperty: key27 }, "must NOT have additional properties", false, schema74.properties.deploy.additionalProperties.properties.shadow, data115);
                                        errors++;
                                    }
                                }
                                if (data115.inputs !== undefined) {
                                    let data116 = data115.inputs;
                                    if (typeof data116 === "string") {
                                        if (func1(data116) > 1024) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/inputs", "#/$defs/path/maxLength", "maxLength", { limit: 1024 }, "must NOT have more than 1024 characters", 1024, schema77, data116);
                                            errors++;
                                        }
                                        if (func1(data116) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/inputs", "#/$defs/path/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema77, data116);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/inputs", "#/$defs/path/type", "type", { type: "string" }, "must be string", schema77, data116);
                                        errors++;
                                    }
                                }
                                if (data115.url !== undefined) {
                                    let data117 = data115.url;
                                    if (typeof data117 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/url", "#/properties/deploy/additionalProperties/properties/shadow/properties/url/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.shadow.properties.url, data117);
                                        errors++;
                                    }
                                }
                                if (data115.max_disagreement !== undefined) {
                                    let data118 = data115.max_disagreement;
                                    if ((typeof data118 == "number") && (isFinite(data118))) {
                                        if (data118 > 1 || isNaN(data118)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/max_disagreement", "#/properties/deploy/additionalProperties/properties/shadow/properties/max_disagreement/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.deploy.additionalProperties.properties.shadow.properties.max_disagreement, data118);
                                            errors++;
                                        }
                                        if (data118 < 0 || isNaN(data118)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/max_disagreement", "#/properties/deploy/additionalProperties/properties/shadow/properties/max_disagreement/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.deploy.additionalProperties.properties.shadow.properties.max_disagreement, data118);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/max_disagreement", "#/properties/deploy/additionalProperties/properties/shadow/properties/max_disagreement/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.shadow.properties.max_disagreement, data118);
                                        errors++;
                                    }
                                }
                                if (data115.max_latency_ratio !== undefined) {
                                    let data119 = data115.max_latency_ratio;
                                    if ((typeof data119 == "number") && (isFinite(data119))) {
                                        if (data119 <= 0 || isNaN(data119)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/max_latency_ratio", "#/properties/deploy/additionalProperties/properties/shadow/properties/max_latency_ratio/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.deploy.additionalProperties.properties.shadow.properties.max_latency_ratio, data119);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow/max_latency_ratio", "#/properties/deploy/additionalProperties/properties/shadow/properties/max_latency_ratio/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.shadow.properties.max_latency_ratio, data119);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/shadow", "#/properties/deploy/additionalProperties/properties/shadow/type", "type", { type: "object" }, "must be object", schema74.properties.deploy.additionalProperties.properties.shadow, data115);
                                errors++;
                            }
                        }
                        if (data82.ab !== undefined) {
                            let data120 = data82.ab;
                            if (data120 && typeof data120 == "object" && !Array.isArray(data120)) {
                                for (const key28 in data120) {
                                    if (!((((key28 === "outcomes") || (key28 === "min_samples")) || (key28 === "significance")) || (key28 === "higher_is_better"))) {
                                        vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab", "#/properties/deploy/additionalProperties/properties/ab/additionalProperties", "additionalProperties", { additionalProperty: key28 }, "must NOT have additional properties", false, schema74.properties.deploy.additionalProperties.properties.ab, data120);
                                        errors++;
                                    }
                                }
                                if (data120.outcomes !== undefined) {
                                    let data121 = data120.outcomes;
                                    if (typeof data121 !== "string") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/outcomes", "#/properties/deploy/additionalProperties/properties/ab/properties/outcomes/type", "type", { type: "string" }, "must be string", schema74.properties.deploy.additionalProperties.properties.ab.properties.outcomes, data121);
                                        errors++;
                                    }
                                }
                                if (data120.min_samples !== undefined) {
                                    let data122 = data120.min_samples;
                                    if (!(((typeof data122 == "number") && (!(data122 % 1) && !isNaN(data122))) && (isFinite(data122)))) {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/min_samples", "#/properties/deploy/additionalProperties/properties/ab/properties/min_samples/type", "type", { type: "integer" }, "must be integer", schema74.properties.deploy.additionalProperties.properties.ab.properties.min_samples, data122);
                                        errors++;
                                    }
                                    if ((typeof data122 == "number") && (isFinite(data122))) {
                                        if (data122 < 1 || isNaN(data122)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/min_samples", "#/properties/deploy/additionalProperties/properties/ab/properties/min_samples/minimum", "minimum", { comparison: ">=", limit: 1 }, "must be >= 1", 1, schema74.properties.deploy.additionalProperties.properties.ab.properties.min_samples, data122);
                                            errors++;
                                        }
                                    }
                                }
                                if (data120.significance !== undefined) {
                                    let data123 = data120.significance;
                                    if ((typeof data123 == "number") && (isFinite(data123))) {
                                        if (data123 >= 1 || isNaN(data123)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/significance", "#/properties/deploy/additionalProperties/properties/ab/properties/significance/exclusiveMaximum", "exclusiveMaximum", { comparison: "<", limit: 1 }, "must be < 1", 1, schema74.properties.deploy.additionalProperties.properties.ab.properties.significance, data123);
                                            errors++;
                                        }
                                        if (data123 <= 0 || isNaN(data123)) {
                                            vErrors = addError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/significance", "#/properties/deploy/additionalProperties/properties/ab/properties/significance/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.deploy.additionalProperties.properties.ab.properties.significance, data123);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/significance", "#/properties/deploy/additionalProperties/properties/ab/properties/significance/type", "type", { type: "number" }, "must be number", schema74.properties.deploy.additionalProperties.properties.ab.properties.significance, data123);
                                        errors++;
                                    }
                                }
                                if (data120.higher_is_better !== undefined) {
                                    let data124 = data120.higher_is_better;
                                    if (typeof data124 !== "boolean") {
                                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab/higher_is_better", "#/properties/deploy/additionalProperties/properties/ab/properties/higher_is_better/type", "type", { type: "boolean" }, "must be boolean", schema74.properties.deploy.additionalProperties.properties.ab.properties.higher_is_better, data124);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1") + "/ab", "#/properties/deploy/additionalProperties/properties/ab/type", "type", { type: "object" }, "must be object", schema74.properties.deploy.additionalProperties.properties.ab, data120);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/deploy/" + key23.replace(/~/g, "~0").replace(/\//g, "~1"), "#/properties/deploy/additionalProperties/type", "type", { type: "object" }, "must be object", schema74.properties.deploy.additionalProperties, data82);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/deploy", "#/properties/deploy/type", "type", { type: "object" }, "must be object", schema74.properties.deploy, data81);
                errors++;
            }
        }
        if (data.monitoring !== undefined) {
            let data125 = data.monitoring;
            if (data125 && typeof data125 == "object" && !Array.isArray(data125)) {
                for (const key29 in data125) {
                    if (!(((key29 === "schedule") || (key29 === "thresholds")) || (key29 === "alert"))) {
                        vErrors = addError(vErrors, instancePath + "/monitoring", "#/properties/monitoring/additionalProperties", "additionalProperties", { additionalProperty: key29 }, "must NOT have additional properties", false, schema74.properties.monitoring, data125);
                        errors++;
                    }
                }
                if (data125.schedule !== undefined) {
                    let data126 = data125.schedule;
                    if (typeof data126 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/monitoring/schedule", "#/properties/monitoring/properties/schedule/type", "type", { type: "string" }, "must be string", schema74.properties.monitoring.properties.schedule, data126);
                        errors++;
                    }
                }
                if (data125.thresholds !== undefined) {
                    let data127 = data125.thresholds;
                    if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
                        for (const key30 in data127) {
                            if (!(((((key30 === "metrics") || (key30 === "drift_share")) || (key30 === "missing_share")) || (key30 === "degradation")) || (key30 === "business"))) {
                                vErrors = addError(vErrors, instancePath + "/monitoring/thresholds", "#/properties/monitoring/properties/thresholds/additionalProperties", "additionalProperties", { additionalProperty: key30 }, "must NOT have additional properties", false, schema74.properties.monitoring.properties.thresholds, data127);
                                errors++;
                            }
                        }
                        if (data127.metrics !== undefined) {
                            if (!(validate43(data127.metrics, { instancePath: instancePath + "/monitoring/thresholds/metrics", parentData: data127, parentDataProperty: "metrics", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                errors = vErrors.length;
                            }
                        }
                        if (data127.drift_share !== undefined) {
                            let data129 = data127.drift_share;
                            if ((typeof data129 == "number") && (isFinite(data129))) {
                                if (data129 > 1 || isNaN(data129)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/thresholds/drift_share", "#/properties/monitoring/properties/thresholds/properties/drift_share/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.monitoring.properties.thresholds.properties.drift_share, data129);
                                    errors++;
                                }
                                if (data129 <= 0 || isNaN(data129)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/thresholds/drift_share", "#/properties/monitoring/properties/thresholds/properties/drift_share/exclusiveMinimum", "exclusiveMinimum", { comparison: ">", limit: 0 }, "must be > 0", 0, schema74.properties.monitoring.properties.thresholds.properties.drift_share, data129);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/thresholds/drift_share", "#/properties/monitoring/properties/thresholds/properties/drift_share/type", "type", { type: "number" }, "must be number", schema74.properties.monitoring.properties.thresholds.properties.drift_share, data129);
                                errors++;
                            }
                        }
                        if (data127.missing_share !== undefined) {
                            let data130 = data127.missing_share;
                            if ((typeof data130 == "number") && (isFinite(data130))) {
                                if (data130 > 1 || isNaN(data130)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/thresholds/missing_share", "#/properties/monitoring/properties/thresholds/properties/missing_share/maximum", "maximum", { comparison: "<=", limit: 1 }, "must be <= 1", 1, schema74.properties.monitoring.properties.thresholds.properties.missing_share, data130);
                                    errors++;
                                }
                                if (data130 < 0 || isNaN(data130)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/thresholds/missing_share", "#/properties/monitoring/properties/thresholds/properties/missing_share/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.monitoring.properties.thresholds.properties.missing_share, data130);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/thresholds/missing_share", "#/properties/monitoring/properties/thresholds/properties/missing_share/type", "type", { type: "number" }, "must be number", schema74.properties.monitoring.properties.thresholds.properties.missing_share, data130);
                                errors++;
                            }
                        }
                        if (data127.degradation !== undefined) {
                            let data131 = data127.degradation;
                            if ((typeof data131 == "number") && (isFinite(data131))) {
                                if (data131 < 0 || isNaN(data131)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/thresholds/degradation", "#/properties/monitoring/properties/thresholds/properties/degradation/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.monitoring.properties.thresholds.properties.degradation, data131);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/thresholds/degradation", "#/properties/monitoring/properties/thresholds/properties/degradation/type", "type", { type: "number" }, "must be number", schema74.properties.monitoring.properties.thresholds.properties.degradation, data131);
                                errors++;
                            }
                        }
                        if (data127.business !== undefined) {
                            if (!(validate43(data127.business, { instancePath: instancePath + "/monitoring/thresholds/business", parentData: data127, parentDataProperty: "business", rootData, dynamicAnchors }))) {
                                vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
                                errors = vErrors.length;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/monitoring/thresholds", "#/properties/monitoring/properties/thresholds/type", "type", { type: "object" }, "must be object", schema74.properties.monitoring.properties.thresholds, data127);
                        errors++;
                    }
                }
                if (data125.alert !== undefined) {
                    let data133 = data125.alert;
                    if (data133 && typeof data133 == "object" && !Array.isArray(data133)) {
                        for (const key31 in data133) {
                            if (!((((key31 === "labels") || (key31 === "assignees")) || (key31 === "webhook_secret")) || (key31 === "runbook"))) {
                                vErrors = addError(vErrors, instancePath + "/monitoring/alert", "#/properties/monitoring/properties/alert/additionalProperties", "additionalProperties", { additionalProperty: key31 }, "must NOT have additional properties", false, schema74.properties.monitoring.properties.alert, data133);
                                errors++;
                            }
                        }
                        if (data133.labels !== undefined) {
                            let data134 = data133.labels;
                            if (Array.isArray(data134)) {
                                const len9 = data134.length;
                                for (let i10 = 0; i10 < len9; i10++) {
                                    let data135 = data134[i10];
                                    if (typeof data135 === "string") {
                                        if (func1(data135) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/monitoring/alert/labels/" + i10, "#/properties/monitoring/properties/alert/properties/labels/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.monitoring.properties.alert.properties.labels.items, data135);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/labels/" + i10, "#/properties/monitoring/properties/alert/properties/labels/items/type", "type", { type: "string" }, "must be string", schema74.properties.monitoring.properties.alert.properties.labels.items, data135);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/labels", "#/properties/monitoring/properties/alert/properties/labels/type", "type", { type: "array" }, "must be array", schema74.properties.monitoring.properties.alert.properties.labels, data134);
                                errors++;
                            }
                        }
                        if (data133.assignees !== undefined) {
                            let data136 = data133.assignees;
                            if (Array.isArray(data136)) {
                                const len10 = data136.length;
                                for (let i11 = 0; i11 < len10; i11++) {
                                    let data137 = data136[i11];
                                    if (typeof data137 === "string") {
                                        if (func1(data137) < 1) {
                                            vErrors = addError(vErrors, instancePath + "/monitoring/alert/assignees/" + i11, "#/properties/monitoring/properties/alert/properties/assignees/items/minLength", "minLength", { limit: 1 }, "must NOT have fewer than 1 characters", 1, schema74.properties.monitoring.properties.alert.properties.assignees.items, data137);
                                            errors++;
                                        }
                                    }
                                    else {
                                        vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/assignees/" + i11, "#/properties/monitoring/properties/alert/properties/assignees/items/type", "type", { type: "string" }, "must be string", schema74.properties.monitoring.properties.alert.properties.assignees.items, data137);
                                        errors++;
                                    }
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/assignees", "#/properties/monitoring/properties/alert/properties/assignees/type", "type", { type: "array" }, "must be array", schema74.properties.monitoring.properties.alert.properties.assignees, data136);
                                errors++;
                            }
                        }
                        if (data133.webhook_secret !== undefined) {
                            let data138 = data133.webhook_secret;
                            if (typeof data138 === "string") {
                                if (!pattern48.test(data138)) {
                                    vErrors = addError(vErrors, instancePath + "/monitoring/alert/webhook_secret", "#/properties/monitoring/properties/alert/properties/webhook_secret/pattern", "pattern", { pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, "must match pattern \"" + "^[A-Za-z_][A-Za-z0-9_]*$" + "\"", "^[A-Za-z_][A-Za-z0-9_]*$", schema74.properties.monitoring.properties.alert.properties.webhook_secret, data138);
                                    errors++;
                                }
                            }
                            else {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/webhook_secret", "#/properties/monitoring/properties/alert/properties/webhook_secret/type", "type", { type: "string" }, "must be string", schema74.properties.monitoring.properties.alert.properties.webhook_secret, data138);
                                errors++;
                            }
                        }
                        if (data133.runbook !== undefined) {
                            let data139 = data133.runbook;
                            if (typeof data139 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert/runbook", "#/properties/monitoring/properties/alert/properties/runbook/type", "type", { type: "string" }, "must be string", schema74.properties.monitoring.properties.alert.properties.runbook, data139);
                                errors++;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/monitoring/alert", "#/properties/monitoring/properties/alert/type", "type", { type: "object" }, "must be object", schema74.properties.monitoring.properties.alert, data133);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/monitoring", "#/properties/monitoring/type", "type", { type: "object" }, "must be object", schema74.properties.monitoring, data125);
                errors++;
            }
        }
        if (data.retraining !== undefined) {
            let data140 = data.retraining;
            if (data140 && typeof data140 == "object" && !Array.isArray(data140)) {
                for (const key32 in data140) {
                    if (!((((key32 === "triggers") || (key32 === "cooldown_hours")) || (key32 === "event_type")) || (key32 === "schedule"))) {
                        vErrors = addError(vErrors, instancePath + "/retraining", "#/properties/retraining/additionalProperties", "additionalProperties", { additionalProperty: key32 }, "must NOT have additional properties", false, schema74.properties.retraining, data140);
                        errors++;
                    }
                }
                if (data140.triggers !== undefined) {
                    let data141 = data140.triggers;
                    if (Array.isArray(data141)) {
                        const len11 = data141.length;
                        for (let i12 = 0; i12 < len11; i12++) {
                            let data142 = data141[i12];
                            if (typeof data142 !== "string") {
                                vErrors = addKeywordError(vErrors, instancePath + "/retraining/triggers/" + i12, "#/properties/retraining/properties/triggers/items/type", "type", { type: "string" }, "must be string", schema74.properties.retraining.properties.triggers.items, data142);
                                errors++;
                            }
                            if (!((((data142 === "drift") || (data142 === "degradation")) || (data142 === "schedule")) || (data142 === "new_data"))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/retraining/triggers/" + i12, "#/properties/retraining/properties/triggers/items/enum", "enum", { allowedValues: schema74.properties.retraining.properties.triggers.items.enum }, "must be equal to one of the allowed values", schema74.properties.retraining.properties.triggers.items, data142);
                                errors++;
                            }
                        }
                        let i13 = data141.length;
                        let j1;
                        if (i13 > 1) {
                            const indices0 = {};
                            for (; i13--;) {
                                let item0 = data141[i13];
                                if (typeof item0 !== "string") {
                                    continue;
                                }
                                if (typeof indices0[item0] == "number") {
                                    j1 = indices0[item0];
                                    vErrors = addError(vErrors, instancePath + "/retraining/triggers", "#/properties/retraining/properties/triggers/uniqueItems", "uniqueItems", { i: i13, j: j1 }, "must NOT have duplicate items (items ## " + j1 + " and " + i13 + " are identical)", true, schema74.properties.retraining.properties.triggers, data141);
                                    errors++;
                                    break;
                                }
                                indices0[item0] = i13;
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/retraining/triggers", "#/properties/retraining/properties/triggers/type", "type", { type: "array" }, "must be array", schema74.properties.retraining.properties.triggers, data141);
                        errors++;
                    }
                }
                if (data140.cooldown_hours !== undefined) {
                    let data143 = data140.cooldown_hours;
                    if ((typeof data143 == "number") && (isFinite(data143))) {
                        if (data143 < 0 || isNaN(data143)) {
                            vErrors = addError(vErrors, instancePath + "/retraining/cooldown_hours", "#/properties/retraining/properties/cooldown_hours/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.retraining.properties.cooldown_hours, data143);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/retraining/cooldown_hours", "#/properties/retraining/properties/cooldown_hours/type", "type", { type: "number" }, "must be number", schema74.properties.retraining.properties.cooldown_hours, data143);
                        errors++;
                    }
                }
                if (data140.event_type !== undefined) {
                    let data144 = data140.event_type;
                    if (typeof data144 === "string") {
                        if (func1(data144) > 100) {
                            vErrors = addError(vErrors, instancePath + "/retraining/event_type", "#/properties/retraining/properties/event_type/maxLength", "maxLength", { limit: 100 }, "must NOT have more than 100 characters", 100, schema74.properties.retraining.properties.event_type, data144);
                            errors++;
                        }
                        if (!pattern49.test(data144)) {
                            vErrors = addError(vErrors, instancePath + "/retraining/event_type", "#/properties/retraining/properties/event_type/pattern", "pattern", { pattern: "^[A-Za-z0-9_.-]+$" }, "must match pattern \"" + "^[A-Za-z0-9_.-]+$" + "\"", "^[A-Za-z0-9_.-]+$", schema74.properties.retraining.properties.event_type, data144);
                            errors++;
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/retraining/event_type", "#/properties/retraining/properties/event_type/type", "type", { type: "string" }, "must be string", schema74.properties.retraining.properties.event_type, data144);
                        errors++;
                    }
                }
                if (data140.schedule !== undefined) {
                    let data145 = data140.schedule;
                    if (typeof data145 !== "string") {
                        vErrors = addKeywordError(vErrors, instancePath + "/retraining/schedule", "#/properties/retraining/properties/schedule/type", "type", { type: "string" }, "must be string", schema74.properties.retraining.properties.schedule, data145);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/retraining", "#/properties/retraining/type", "type", { type: "object" }, "must be object", schema74.properties.retraining, data140);
                errors++;
            }
        }
        if (data.retention !== undefined) {
            let data146 = data.retention;
            if (data146 && typeof data146 == "object" && !Array.isArray(data146)) {
                for (const key33 in data146) {
                    if (!(key33 === "experiments")) {
                        vErrors = addError(vErrors, instancePath + "/retention", "#/properties/retention/additionalProperties", "additionalProperties", { additionalProperty: key33 }, "must NOT have additional properties", false, schema74.properties.retention, data146);
                        errors++;
                    }
                }
                if (data146.experiments !== undefined) {
                    let data147 = data146.experiments;
                    if (data147 && typeof data147 == "object" && !Array.isArray(data147)) {
                        for (const key34 in data147) {
                            if (!((key34 === "keep_days") || (key34 === "keep_last"))) {
                                vErrors = addError(vErrors, instancePath + "/retention/experiments", "#/properties/retention/properties/experiments/additionalProperties", "additionalProperties", { additionalProperty: key34 }, "must NOT have additional properties", false, schema74.properties.retention.properties.experiments, data147);
                                errors++;
                            }
                        }
                        if (data147.keep_days !== undefined) {
                            let data148 = data147.keep_days;
                            if (!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/retention/experiments/keep_days", "#/properties/retention/properties/experiments/properties/keep_days/type", "type", { type: "integer" }, "must be integer", schema74.properties.retention.properties.experiments.properties.keep_days, data148);
                                errors++;
                            }
                            if ((typeof data148 == "number") && (isFinite(data148))) {
                                if (data148 < 0 || isNaN(data148)) {
                                    vErrors = addError(vErrors, instancePath + "/retention/experiments/keep_days", "#/properties/retention/properties/experiments/properties/keep_days/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.retention.properties.experiments.properties.keep_days, data148);
                                    errors++;
                                }
                            }
                        }
                        if (data147.keep_last !== undefined) {
                            let data149 = data147.keep_last;
                            if (!(((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149))) && (isFinite(data149)))) {
                                vErrors = addKeywordError(vErrors, instancePath + "/retention/experiments/keep_last", "#/properties/retention/properties/experiments/properties/keep_last/type", "type", { type: "integer" }, "must be integer", schema74.properties.retention.properties.experiments.properties.keep_last, data149);
                                errors++;
                            }
                            if ((typeof data149 == "number") && (isFinite(data149))) {
                                if (data149 < 0 || isNaN(data149)) {
                                    vErrors = addError(vErrors, instancePath + "/retention/experiments/keep_last", "#/properties/retention/properties/experiments/properties/keep_last/minimum", "minimum", { comparison: ">=", limit: 0 }, "must be >= 0", 0, schema74.properties.retention.properties.experiments.properties.keep_last, data149);
                                    errors++;
                                }
                            }
                        }
                    }
                    else {
                        vErrors = addKeywordError(vErrors, instancePath + "/retention/experiments", "#/properties/retention/properties/experiments/type", "type", { type: "object" }, "must be object", schema74.properties.retention.properties.experiments, data147);
                        errors++;
                    }
                }
            }
            else {
                vErrors = addKeywordError(vErrors, instancePath + "/retention", "#/properties/retention/type", "type", { type: "object" }, "must be object", schema74.properties.retention, data146);
                errors++;
            }
        }
    }
    else {
        vErrors = addKeywordError(vErrors, instancePath, "#/type", "type", { type: "object" }, "must be object", schema74, data);
        errors++;
    }
    validate42.errors = vErrors;
    return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function addError(errors, instancePath, schemaPath, keyword, params, message, schema, parentSchema, data) {
    const error = { instancePath, schemaPath, keyword, params, message, schema, parentSchema, data };
    if (errors === null)
        return [error];
    errors.push(error);
    return errors;
}
function addKeywordError(errors, instancePath, schemaPath, keyword, params, message, parentSchema, data) {
    return addError(errors, instancePath, schemaPath, keyword, params, message, parentSchema[keyword], parentSchema, data);
}
(0,precompiled/* registerPrecompiled */.sc)(mlops_config_schema_namespaceObject, validate);
/** schemas/mlops-config.schema.json, whose validator is precompiled (importing this module registers it). */
/* harmony default export */ const mlops_config = (mlops_config_schema_namespaceObject);

// EXTERNAL MODULE: ./src/core/schema/path.ts
var schema_path = __webpack_require__(9512);
// EXTERNAL MODULE: ./src/core/schema/validate.ts + 1 modules
var schema_validate = __webpack_require__(8450);
;// CONCATENATED MODULE: ./src/core/schema/prune.ts


const MAX_ROUNDS = 8;
/** A deep copy of `value` without its invalid parts; `undefined` when even the root is invalid. */
function pruneInvalid(schema, value) {
    const validate = (0,schema_validate/* compileSchema */.Fc)(schema);
    let current = structuredClone(value);
    for (let round = 0; round < MAX_ROUNDS; round++) {
        if (validate(current))
            return current;
        const paths = (0,schema_validate/* relevantErrors */.bo)(validate.errors ?? []).flatMap((e) => culprits(e, current));
        if (paths.some((p) => p.length === 0))
            return undefined;
        current = removeAll(current, paths);
    }
    return validate(current) ? current : undefined;
}
/** The paths to remove for one error: the bad value, the unknown key, or the object missing a key. */
function culprits(e, root) {
    const path = (0,schema_path/* pointerToPath */.o)(e.instancePath, root);
    if (e.propertyName !== undefined)
        return [[...path, e.propertyName]];
    const p = e.params;
    if (e.keyword === 'additionalProperties')
        return [[...path, String(p.additionalProperty)]];
    if (e.keyword === 'unevaluatedProperties')
        return [[...path, String(p.unevaluatedProperty)]];
    if (e.keyword === 'uniqueItems')
        return [[...path, Number(p.i)]];
    return [path];
}
const REMOVED = Symbol('removed');
function removeAll(root, paths) {
    for (const path of paths)
        mark(root, path);
    return sweep(root);
}
function mark(root, path) {
    let node = root;
    for (let i = 0; i < path.length - 1; i++) {
        if (node === null || typeof node !== 'object')
            return;
        node = node[path[i]];
    }
    if (node !== null && typeof node === 'object' && Object.hasOwn(node, path.at(-1))) {
        node[path.at(-1)] = REMOVED;
    }
}
function sweep(node) {
    if (Array.isArray(node))
        return node.filter((x) => x !== REMOVED).map(sweep);
    if (node === null || typeof node !== 'object')
        return node;
    const out = {};
    for (const [k, v] of Object.entries(node))
        if (v !== REMOVED && k !== '__proto__')
            out[k] = sweep(v);
    return out;
}

// EXTERNAL MODULE: ./src/core/yaml/parse.ts
var parse = __webpack_require__(2816);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/schema/suggest.ts
var suggest = __webpack_require__(3049);
// EXTERNAL MODULE: ./src/core/yaml/locate.ts
var locate = __webpack_require__(1473);
;// CONCATENATED MODULE: ./src/core/config/semantic.ts
/** Checks the schema cannot express: names that must be unique, stages that must exist and come in order, paths that must stay in the repository. */




/** Semantic findings on a schema-valid raw config; `stages` are the effective stages. */
function checkSemantics(raw, stages, file, source) {
    const ctx = { file, source, findings: [] };
    uniqueNames(ctx, 'models', raw.models ?? []);
    uniqueNames(ctx, 'datasets', raw.datasets ?? []);
    for (const section of ['promotion', 'deploy']) {
        for (const stage of Object.keys(raw[section] ?? {})) {
            if (!stages.includes(stage))
                unknownStage(ctx, stage, [section, stage], 'key', stages);
        }
    }
    stageOrder(ctx, raw, stages);
    (raw.models ?? []).forEach((m, i) => {
        insideRepo(ctx, m.path, ['models', i, 'path']);
        insideRepo(ctx, m.card, ['models', i, 'card']);
    });
    (raw.datasets ?? []).forEach((d, i) => {
        insideRepo(ctx, d.path, ['datasets', i, 'path']);
        insideRepo(ctx, d.card, ['datasets', i, 'card']);
        insideRepo(ctx, d.drift?.reference, ['datasets', i, 'drift', 'reference']);
        insideRepo(ctx, d.drift?.current, ['datasets', i, 'drift', 'current']);
    });
    insideRepo(ctx, raw.fairness?.predictions, ['fairness', 'predictions']);
    for (const [stage, deploy] of Object.entries(raw.deploy ?? {}))
        insideRepo(ctx, deploy?.target?.manifest, ['deploy', stage, 'target', 'manifest']);
    primaryMetric(ctx, raw);
    return ctx.findings;
}
function add(ctx, finding, path, at = 'value') {
    const where = ctx.source ? (0,locate/* locate */.x)(ctx.source, path, { at }) : {};
    ctx.findings.push({ severity: 'error', ...finding, file: ctx.file, ...where });
}
function uniqueNames(ctx, list, items) {
    const first = new Map();
    items.forEach((item, i) => {
        if (item.name === undefined)
            return;
        const earlier = first.get(item.name);
        if (earlier === undefined)
            return void first.set(item.name, i);
        const line = ctx.source ? (0,locate/* locate */.x)(ctx.source, [list, earlier, 'name']).line : undefined;
        add(ctx, {
            rule: 'config/duplicate-name',
            message: `${list === 'models' ? 'model' : 'dataset'} \`${item.name}\` is declared twice${line ? ` (first on line ${line})` : ''}`,
            hint: `Give every entry of \`${list}\` its own name.`,
        }, [list, i, 'name']);
    });
}
function unknownStage(ctx, stage, path, at, stages) {
    const close = (0,suggest/* suggest */.Z)(stage, stages);
    add(ctx, {
        rule: 'config/unknown-stage',
        message: `stage \`${stage}\` in \`${(0,schema_path/* formatPath */.j)(path.slice(0, -1))}\` is not one of the stages (${stages.join(', ')})`,
        hint: close ? `did you mean \`${close}\`?` : 'Add it to `stages`, or fix the name.',
    }, path, at);
}
/** `from` must name an earlier stage: promotion only moves forward (SPEC \u00a77, "production only from staging"). */
function stageOrder(ctx, raw, stages) {
    for (const [stage, rule] of Object.entries(raw.promotion ?? {})) {
        const from = rule?.from;
        if (from === undefined || !stages.includes(stage))
            continue;
        const path = ['promotion', stage, 'from'];
        if (!stages.includes(from))
            unknownStage(ctx, from, path, 'value', stages);
        else if (stages.indexOf(from) >= stages.indexOf(stage)) {
            add(ctx, {
                rule: 'config/stage-order',
                message: `\`promotion.${stage}.from\` is \`${from}\`, which does not come before \`${stage}\` in \`stages\``,
                hint: `Promote into \`${stage}\` from an earlier stage: ${stages.slice(0, stages.indexOf(stage)).join(', ') || '(none: it is the first stage, remove `from`)'}.`,
            }, path);
        }
    }
}
/** Paths are read relative to the repository root; nothing outside it is read because a file said so. */
function insideRepo(ctx, path, at) {
    if (path === undefined)
        return;
    const unix = path.replace(/\\/g, '/');
    const normal = external_node_path_.posix.normalize(unix);
    const outside = unix.startsWith('/') || /^[A-Za-z]:/.test(unix) || normal === '..' || normal.startsWith('../');
    if (!outside)
        return;
    add(ctx, {
        rule: 'config/path-outside-repo',
        message: `\`${(0,schema_path/* formatPath */.j)(at)}\` is \`${path}\`, which leaves the repository`,
        hint: 'Use a path relative to the repository root, without leading `/` or `..` that climbs out.',
    }, at);
}
function primaryMetric(ctx, raw) {
    const primary = raw.evaluation?.primary_metric;
    const metrics = Object.keys(raw.evaluation?.metrics ?? {});
    if (primary === undefined || metrics.length === 0 || metrics.includes(primary))
        return;
    const close = (0,suggest/* suggest */.Z)(primary, metrics);
    add(ctx, {
        rule: 'config/unknown-metric',
        severity: 'warning',
        message: `\`evaluation.primary_metric\` is \`${primary}\`, which is not listed under \`evaluation.metrics\``,
        hint: close ? `did you mean \`${close}\`?` : `listed metrics: ${metrics.join(', ')}`,
    }, ['evaluation', 'primary_metric']);
}

;// CONCATENATED MODULE: ./src/core/config/parse.ts
/** Reads `.github/mlops.yml` text into a usable MlopsConfig plus findings; never throws on bad input. */






/** The configuration schema (draft 2020-12), for editors and other validators. */
const configSchema = (/* unused pure expression or super */ null && (schema));
/** Where the configuration lives, relative to the repository root (`.yaml` is accepted too). */
const CONFIG_PATHS = ['.github/mlops.yml', '.github/mlops.yaml'];
/** A config is a few kilobytes; 128 KiB is 40 times the complete example in docs and keeps a hostile file near a second of parsing. */
const MAX_CONFIG_BYTES = 128 * 1024;
/** More findings than this are one mistake repeated; the rest are summarised in one finding. */
const MAX_FINDINGS = 200;
/**
 * Parses and validates config text. Invalid parts become findings and are replaced by their
 * defaults, so callers can always go on with `config`. `project` defaults the project name
 * (the repository folder name).
 */
function parseConfig(text, file = CONFIG_PATHS[0], opts = {}) {
    const parsed = (0,parse/* parseYaml */.hN)(text, file, {
        expect: 'mapping',
        maxBytes: MAX_CONFIG_BYTES,
        rulePrefix: 'config',
    });
    const findings = [...parsed.findings];
    findings.push(...(0,schema_validate/* validateAgainstSchema */.v9)(mlops_config, parsed.value, parsed.source, { rulePrefix: 'config', file }));
    const raw = (pruneInvalid(mlops_config, parsed.value) ?? {});
    const config = applyDefaults(raw, opts.project ?? 'project');
    findings.push(...checkSemantics(raw, config.stages, file, parsed.source));
    return { config, findings: capped(findings, file), source: parsed.source };
}
function capped(findings, file) {
    if (findings.length <= MAX_FINDINGS)
        return findings;
    const rest = findings.length - MAX_FINDINGS;
    const summary = {
        rule: 'config/too-many-findings',
        severity: 'error',
        message: `${rest} more findings in ${file} are not listed`,
        file,
        hint: 'Fix the findings listed and validate again.',
    };
    return [...findings.slice(0, MAX_FINDINGS), summary];
}

;// CONCATENATED MODULE: ./src/core/config/index.ts
/** `.github/mlops.yml`: types, defaults, parsing and validation (SPEC \u00a73). Loading from disk: src/adapters/fs/config.ts. */






/***/ }),

/***/ 9512:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ formatPath),
/* harmony export */   o: () => (/* binding */ pointerToPath)
/* harmony export */ });
/** Splits an ajv instancePath (a JSON Pointer) into keys and array indexes. */
function pointerToPath(pointer, value) {
    if (!pointer)
        return [];
    const path = [];
    let node = value;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        const segment = Array.isArray(node) && /^\d+$/.test(key) ? Number(key) : key;
        path.push(segment);
        node =
            node !== null && typeof node === 'object'
                ? node[segment]
                : undefined;
    }
    return path;
}
/** `models[0].risk`, `promotion.production.approvals`; empty for the document itself. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (/^[\w-]+$/.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}


/***/ }),

/***/ 3637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zs: () => (/* binding */ precompiledValidator),
/* harmony export */   sc: () => (/* binding */ registerPrecompiled)
/* harmony export */ });
/* unused harmony export precompiledSchemas */
const bySchema = new WeakMap();
const byId = new Map();
/** Registers the precompiled validator of `schema` (called by the generated modules). */
function registerPrecompiled(schema, validate) {
    bySchema.set(schema, validate);
    const id = schema.$id;
    if (typeof id === 'string' && !byId.has(id))
        byId.set(id, { schema, validate });
}
/** The precompiled validator of this schema object, or of the schema with its `$id`. */
function precompiledValidator(schema) {
    const id = schema.$id;
    return bySchema.get(schema) ?? (typeof id === 'string' ? byId.get(id)?.validate : undefined);
}
/** Every registered schema with an `$id`: a runtime-compiled schema may `$ref` them. */
function precompiledSchemas() {
    return [...byId.values()].map((e) => e.schema);
}


/***/ }),

/***/ 3049:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ editDistance),
/* harmony export */   Z: () => (/* binding */ suggest)
/* harmony export */ });
/** "Did you mean" suggestions by edit distance, as git and npm print them for mistyped words. */
/** Damerau-Levenshtein (optimal string alignment) distance: a swapped pair of letters counts once. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [
        i,
        ...new Array(b.length).fill(0),
    ]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, d[i - 2][j - 2] + 1);
            d[i][j] = best;
        }
    }
    return d[a.length][b.length];
}
/** The closest candidate within a third of the word's length, rounded up (at most 3 edits), if any. */
function suggest(word, candidates) {
    if (word.length > 64)
        return undefined;
    const limit = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}


/***/ }),

/***/ 8450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Fc: () => (/* binding */ compileSchema),
  bo: () => (/* binding */ relevantErrors),
  v9: () => (/* binding */ validateAgainstSchema)
});

// UNUSED EXPORTS: MAX_SCHEMA_FINDINGS, setRuntimeCompiler

// EXTERNAL MODULE: ./src/core/yaml/locate.ts
var locate = __webpack_require__(1473);
// EXTERNAL MODULE: ./src/core/schema/suggest.ts
var suggest = __webpack_require__(3049);
// EXTERNAL MODULE: ./src/core/schema/path.ts
var schema_path = __webpack_require__(9512);
;// CONCATENATED MODULE: ./src/core/schema/messages.ts


const typeNames = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    number: 'a number',
    integer: 'a whole number',
    boolean: 'true or false',
    null: 'empty',
};
/** Describes an ajv error against the validated value (needed to tell list indexes from keys). */
function describeError(e, root) {
    const path = (0,schema_path/* pointerToPath */.o)(e.instancePath, root);
    const name = (0,schema_path/* formatPath */.j)(path);
    const subject = path.length ? `\`${name}\`` : 'the document';
    const got = valueAt(root, path);
    const p = e.params;
    if (e.propertyName !== undefined)
        return badKey(e, path);
    switch (e.keyword) {
        case 'additionalProperties':
        case 'unevaluatedProperties':
            return unknownKey(String(p.additionalProperty ?? p.unevaluatedProperty), path, e.parentSchema);
        case 'required':
            return {
                rule: 'required',
                message: `missing required key \`${String(p.missingProperty)}\` ${path.length ? `in \`${name}\`` : 'at the top level'}`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path,
                at: 'auto',
            };
        case 'dependentRequired':
            // ajv lists every dependent key in its message; name the one that is missing.
            return {
                rule: 'required',
                message: `missing key \`${String(p.missingProperty)}\` in \`${name}\`, which \`${String(p.property)}\` needs`,
                hint: description(propertySchema(e.parentSchema, String(p.missingProperty))),
                path: [...path, String(p.property)],
                at: 'key',
            };
        case 'type':
            return {
                rule: 'type',
                message: `${subject} must be ${typeList(String(p.type).split(','))}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'enum':
        case 'const': {
            const allowed = (e.keyword === 'enum' ? p.allowedValues : [p.allowedValue]) ?? [];
            const close = typeof got === 'string' ? (0,suggest/* suggest */.Z)(got, allowed.map(String)) : undefined;
            return {
                rule: 'enum',
                message: `${subject} must be ${allowed.length === 1 ? '' : 'one of '}${allowed.map(show).join(', ')}, not ${show(got)}`,
                hint: close ? `did you mean \`${close}\`?` : undefined,
                path,
                at: 'value',
            };
        }
        case 'anyOf':
        case 'oneOf':
            return {
                rule: 'type',
                message: `${subject} must be ${branchList(e.schema)}, not ${describeValue(got)}`,
                path,
                at: 'value',
            };
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return {
                rule: 'range',
                message: `${subject} must be ${String(p.comparison)} ${String(p.limit)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'pattern':
            return {
                rule: 'format',
                message: `${subject} must match \`${String(p.pattern)}\`, not ${show(got)}`,
                hint: description(e.parentSchema),
                path,
                at: 'value',
            };
        case 'format':
            return {
                rule: 'format',
                message: `${subject} must be a valid ${String(p.format)}, not ${show(got)}`,
                path,
                at: 'value',
            };
        case 'minItems':
        case 'maxItems':
        case 'minLength':
        case 'maxLength':
        case 'minProperties':
        case 'maxProperties':
            return {
                rule: 'size',
                message: `${subject} ${sizeText(e.keyword, Number(p.limit))}`,
                path,
                at: 'value',
            };
        case 'uniqueItems':
            return {
                rule: 'size',
                message: `${subject} lists the same value twice (items ${String(p.j)} and ${String(p.i)})`,
                path: [...path, Number(p.i)],
                at: 'value',
            };
        default:
            return {
                rule: 'invalid',
                message: `${subject} ${e.message ?? 'is invalid'}`,
                path,
                at: 'value',
            };
    }
}
/** A key that breaks `propertyNames` (e.g. a stage name with spaces): point at the key itself. */
function badKey(e, parent) {
    const key = String(e.propertyName);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    const expected = e.keyword === 'pattern'
        ? `must match \`${String(e.params.pattern)}\``
        : (e.message ?? 'is not allowed');
    return {
        rule: 'format',
        message: `key \`${key}\` ${where} ${expected}`,
        hint: description(e.parentSchema),
        path: [...parent, key],
        at: 'key',
    };
}
function unknownKey(key, parent, parentSchema) {
    const allowed = Object.keys(propertiesOf(parentSchema));
    const close = (0,suggest/* suggest */.Z)(key, allowed);
    const where = parent.length ? `under \`${(0,schema_path/* formatPath */.j)(parent)}\`` : 'at the top level';
    let hint = close ? `did you mean \`${close}\`?` : undefined;
    if (!hint && allowed.length)
        hint = `allowed keys: ${allowed.map((k) => `\`${k}\``).join(', ')}`;
    return {
        rule: 'unknown-key',
        message: `unknown key \`${key}\` ${where}`,
        hint,
        path: [...parent, key],
        at: 'key',
    };
}
function valueAt(root, path) {
    let node = root;
    for (const segment of path) {
        if (node === null || typeof node !== 'object' || !Object.hasOwn(node, segment))
            return undefined;
        node = node[segment];
    }
    return node;
}
function propertiesOf(schema) {
    const props = schema !== null && typeof schema === 'object'
        ? schema.properties
        : undefined;
    return props !== null && typeof props === 'object' ? props : {};
}
function propertySchema(schema, key) {
    return propertiesOf(schema)[key];
}
function description(schema) {
    const d = schema !== null && typeof schema === 'object'
        ? schema.description
        : undefined;
    return typeof d === 'string' ? d : undefined;
}
function typeList(types) {
    const names = types.map((t) => typeNames[t] ?? t);
    return names.length <= 1 ? (names[0] ?? 'valid') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}
/** Names the alternatives of an anyOf/oneOf by their types or constants. */
function branchList(branches) {
    if (!Array.isArray(branches))
        return 'valid';
    const names = new Set();
    for (const b of branches) {
        if ('const' in b)
            names.add(show(b.const));
        else if (Array.isArray(b.enum))
            for (const v of b.enum)
                names.add(show(v));
        else if (typeof b.type === 'string')
            names.add(typeNames[b.type] ?? b.type);
        else if (Array.isArray(b.type))
            for (const t of b.type)
                names.add(typeNames[String(t)] ?? String(t));
    }
    return names.size ? typeList([...names]) : 'one of the allowed forms';
}
function describeValue(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeNames[typeof v] ?? typeof v} (${show(v)})`;
}
function show(v) {
    if (v === null || v === undefined)
        return 'empty';
    if (typeof v === 'object')
        return Array.isArray(v) ? 'a list' : 'a mapping';
    const text = typeof v === 'string' ? v : JSON.stringify(v);
    return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}
function sizeText(keyword, limit) {
    const unit = keyword.endsWith('Items') ? 'item' : keyword.endsWith('Length') ? 'character' : 'key';
    const plural = limit === 1 ? unit : `${unit}s`;
    return keyword.startsWith('min')
        ? `must have at least ${limit} ${plural}`
        : `must have at most ${limit} ${plural}`;
}

// EXTERNAL MODULE: ./src/core/schema/precompiled.ts
var precompiled = __webpack_require__(3637);
;// CONCATENATED MODULE: ./src/core/schema/validate.ts



const byObject = new WeakMap();
/** A file with thousands of errors is one mistake repeated; a hundred findings say it and keep reports readable. */
const MAX_SCHEMA_FINDINGS = 100;
let runtimeCompiler;
/** Installs the compiler for schemas that are not precompiled (src/core/schema/runtime.ts). */
function setRuntimeCompiler(compile) {
    runtimeCompiler = compile;
}
/**
 * The validator of a schema: precompiled at build time for the schemas in schemas/ (see
 * precompiled.ts), else compiled once by the run-time compiler that importing index.ts installs.
 */
function compileSchema(schema) {
    const cached = byObject.get(schema) ?? (0,precompiled/* precompiledValidator */.Zs)(schema);
    if (cached)
        return cached;
    if (!runtimeCompiler) {
        const id = schema.$id;
        throw new Error(`schema ${typeof id === 'string' ? id : '(without $id)'} is not precompiled: import it from ` +
            'src/generated/validators/ (node scripts/generate-validators.mjs), or import src/core/schema/index.js to compile it at run time');
    }
    const validate = runtimeCompiler(schema);
    byObject.set(schema, validate);
    return validate;
}
/** Validates a parsed value against a JSON Schema; every error is a Finding at its YAML location. */
function validateAgainstSchema(schema, value, source, opts) {
    const validate = compileSchema(schema);
    if (validateAt(validate, value, opts.at))
        return [];
    const findings = [];
    const seen = new Set();
    const errors = relevantErrors(validate.errors ?? []);
    for (const error of errors) {
        if (findings.length === MAX_SCHEMA_FINDINGS) {
            findings.push({
                rule: `${opts.rulePrefix}/too-many-errors`,
                severity: 'error',
                message: `${opts.file} has more schema errors; only the first ${MAX_SCHEMA_FINDINGS} are listed`,
                file: opts.file,
                hint: 'Fix these and validate again.',
            });
            break;
        }
        const d = describeError(error, value);
        const where = source ? (0,locate/* locate */.x)(source, d.path, { at: d.at }) : {};
        const finding = {
            rule: `${opts.rulePrefix}/${d.rule}`,
            severity: 'error',
            message: d.message,
            file: opts.file,
            ...where,
        };
        if (d.hint)
            finding.hint = d.hint;
        const id = `${finding.rule}:${finding.line}:${finding.column}:${finding.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        findings.push(finding);
    }
    return findings;
}
/** Runs `validate` on the part of `value` at `at`, with ajv's data context so errors point into `value`. */
function validateAt(validate, value, at) {
    if (!at?.length)
        return validate(value);
    let parentData;
    let node = value;
    for (const key of at) {
        parentData = node;
        node = node !== null && typeof node === 'object' ? node[key] : undefined;
    }
    if (node === undefined)
        return true;
    // RFC 6901: `~` and `/` are escaped in a JSON Pointer segment.
    const instancePath = at.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
    return validate(node, {
        instancePath,
        parentData: parentData,
        parentDataProperty: at[at.length - 1],
        rootData: value,
        dynamicAnchors: {},
    });
}
/**
 * ajv reports every failing branch of `anyOf`/`oneOf` plus the combinator itself. Keep one voice:
 * when exactly one branch has the right type, its errors; otherwise the combinator's error alone.
 * `if` and `propertyNames` errors only wrap the errors that follow them, which say more.
 */
function relevantErrors(errors) {
    const drop = new Set();
    for (const e of errors) {
        if (e.keyword === 'if' || e.keyword === 'propertyNames')
            drop.add(e);
        if (e.keyword !== 'anyOf' && e.keyword !== 'oneOf')
            continue;
        const inside = errors.filter((x) => x !== e && x.schemaPath.startsWith(`${e.schemaPath}/`));
        const branches = groupByBranch(inside, e.schemaPath);
        const typed = [...branches.values()].filter((list) => !list.some((x) => isTypeMismatchAt(x, e.instancePath)));
        if (typed.length === 1) {
            drop.add(e);
            for (const x of inside)
                if (!typed[0].includes(x))
                    drop.add(x);
        }
        else {
            for (const x of inside)
                drop.add(x);
        }
    }
    return errors.filter((e) => !drop.has(e));
}
function groupByBranch(errors, base) {
    const map = new Map();
    for (const e of errors) {
        const branch = e.schemaPath.slice(base.length + 1).split('/', 1)[0] ?? '';
        map.set(branch, [...(map.get(branch) ?? []), e]);
    }
    return map;
}
function isTypeMismatchAt(e, instancePath) {
    return (e.instancePath === instancePath && (e.keyword === 'type' || e.keyword === 'const' || e.keyword === 'enum'));
}


/***/ }),

/***/ 1473:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2816);
/** Maps a JSON path (as ajv and our validators report it) back to the YAML node it came from. */


/**
 * Where a JSON path sits in the YAML source. A path that does not exist falls back to its
 * nearest existing parent (for a missing key, the mapping that should hold it).
 */
function locate(source, path, opts = {}) {
    let node = source.doc.contents;
    let pair;
    for (const segment of path) {
        const next = child(source, node, segment);
        if (!next)
            break;
        ({ node, pair } = next);
    }
    const target = pick(node, pair, opts.at ?? 'auto');
    const range = target?.range;
    if (!range)
        return { line: 1 + source.lineOffset, column: 1 };
    const start = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[0]);
    const end = (0,_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .position */ .G1)(source, range[1]);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function child(source, node, segment) {
    const resolved = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) ? (node.resolve(source.doc) ?? null) : node;
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(resolved)) {
        const found = pairIndex(resolved).get(String(segment));
        if (!found)
            return undefined;
        return { node: found.value ?? null, pair: found };
    }
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(resolved) && typeof segment === 'number') {
        const item = resolved.items[segment];
        if (item === undefined)
            return undefined;
        return { node: (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(item) ? (item.key ?? null) : item };
    }
    return undefined;
}
// Findings on a large mapping would each scan it; an index per mapping keeps locate O(depth).
const indexes = new WeakMap();
function pairIndex(map) {
    let index = indexes.get(map);
    if (!index) {
        index = new Map();
        for (const pair of map.items) {
            const key = keyOf(pair);
            // The last occurrence wins, as in the parsed value (duplicates are reported separately).
            if (key !== undefined)
                index.set(key, pair);
        }
        indexes.set(map, index);
    }
    return index;
}
function keyOf(pair) {
    if ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
        return String(pair.key.value);
    return undefined;
}
function pick(node, pair, at) {
    const key = pair && (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key : undefined;
    if (at === 'key')
        return key ?? node;
    if (at === 'value')
        return node ?? key;
    // `key:` with nothing after it parses as an empty scalar placed after the colon; the key is the place.
    if (!node || ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node) && node.range && node.range[0] === node.range[1]))
        return key ?? node;
    const block = ((0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node) || (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) && !node.flow;
    return block && key ? key : node;
}


/***/ }),

/***/ 2816:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ position),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   np: () => (/* binding */ tooLargeFinding)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_YAML_BYTES */
/* harmony import */ var _library_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6217);
/**
 * Safe YAML parsing for every file the product reads (config, card front matter, contracts):
 * the `yaml` package's Document API keeps the nodes so findings can name exact lines, and
 * every hostile input (alias bombs, duplicate keys, huge files, `__proto__` keys) becomes a
 * Finding instead of a crash.
 */

/**
 * Config files and front matter are a few kilobytes. The yaml package parses roughly 0.3 MB a
 * second on a busy runner core, so 1 MiB bounds the worst case at a few seconds.
 */
const DEFAULT_MAX_YAML_BYTES = 1024 * 1024;
/** The yaml package's own default: far above honest use, far below a billion-laughs expansion. */
const MAX_ALIAS_COUNT = 100;
/** Broken input repeats one mistake; the first ten of a kind say it all. */
const MAX_SYNTAX_FINDINGS = 10;
/** Keys that would reach Object.prototype or a constructor when code indexes the parsed value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Parses one YAML document into plain data plus its source nodes; never throws on bad input. */
function parseYaml(text, file, opts = {}) {
    const prefix = opts.rulePrefix ?? 'yaml';
    const lineOffset = opts.lineOffset ?? 0;
    const maxBytes = opts.maxBytes ?? DEFAULT_MAX_YAML_BYTES;
    const fallback = opts.expect === 'mapping' ? {} : undefined;
    const bytes = byteLength(text, maxBytes);
    if (bytes > maxBytes)
        return { value: fallback, findings: [tooLargeFinding(file, bytes, maxBytes, prefix, 1 + lineOffset)] };
    // A BOM is legal but shifts every column on line 1; editors do not count it, so neither do we.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return parseBody(body, file, { prefix, lineOffset, expectMapping: opts.expect === 'mapping' });
    }
    catch (error) {
        // Deeply nested input can exhaust the parser's stack; that is bad input, not a bug.
        const finding = at(prefix, 'syntax', file, 1 + lineOffset, 1);
        finding.message = `${file} could not be parsed: ${error.message}`;
        return { value: fallback, findings: [finding] };
    }
}
/** The finding for a file over the size limit; adapters use it when they refuse to read a file at all. */
function tooLargeFinding(file, bytes, maxBytes, prefix = 'yaml', line = 1) {
    const finding = at(prefix, 'too-large', file, line, 1);
    finding.message = `${file} is ${formatBytes(bytes)}, larger than the ${formatBytes(maxBytes)} limit; it was not parsed`;
    finding.hint = 'Keep YAML files small: move data into separate files and reference them by path.';
    return finding;
}
function parseBody(body, file, o) {
    const lineCounter = new _library_js__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    // uniqueKeys compares every key with every other (quadratic: 16k keys take seconds); checkKeys does it in one pass.
    const docs = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(body, { lineCounter, prettyErrors: false, uniqueKeys: false });
    const fallback = o.expectMapping ? {} : undefined;
    if (!Array.isArray(docs) || docs.length === 0)
        return { value: fallback, findings: [] };
    const doc = docs[0];
    const source = { file, doc, lineCounter, lineOffset: o.lineOffset };
    const pos = (offset) => position(source, offset);
    const findings = [];
    for (const e of firstDistinct(doc.errors)) {
        const f = at(o.prefix, 'syntax', file, pos(e.pos[0]).line, pos(e.pos[0]).column);
        f.message = `YAML syntax: ${e.message}`;
        findings.push(f);
    }
    for (const w of firstDistinct(doc.warnings)) {
        const f = at(o.prefix, 'warning', file, pos(w.pos[0]).line, pos(w.pos[0]).column, 'warning');
        f.message = `YAML: ${w.message}`;
        findings.push(f);
    }
    for (const extra of docs.slice(1)) {
        const f = at(o.prefix, 'multiple-documents', file, pos(extra.range[0]).line, 1);
        f.message = `${file} holds more than one YAML document; only the first is read`;
        f.hint = 'Remove the `---` separator and the documents after it.';
        findings.push(f);
        break;
    }
    findings.push(...checkKeys(doc, source, o.prefix));
    if (findings.some((f) => f.rule === `${o.prefix}/syntax`))
        return { value: fallback, source, findings };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        const message = error.message;
        const alias = /alias/i.test(message);
        const where = alias ? firstAlias(source) : { line: 1 + o.lineOffset, column: 1 };
        const f = at(o.prefix, alias ? 'alias-limit' : 'syntax', file, where.line, where.column);
        f.message = alias
            ? `${file} expands aliases too often (${message}); it was not read`
            : `${file} could not be read: ${message}`;
        if (alias)
            f.hint = `Use fewer than ${MAX_ALIAS_COUNT} alias references (*name), or write the values out.`;
        return { value: fallback, source, findings: [...findings, f] };
    }
    if (o.expectMapping)
        return expectMapping(value, source, findings, o.prefix);
    return { value, source, findings };
}
/** Where the first alias (`*name`) is used: the place an alias bomb starts to expand. */
function firstAlias(source) {
    let offset = 0;
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(source.doc, {
        Alias(_key, node) {
            offset = node.range?.[0] ?? 0;
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    return position(source, offset);
}
function expectMapping(value, source, findings, prefix) {
    if (value === null || value === undefined)
        return { value: {}, source, findings };
    if (typeof value === 'object' && !Array.isArray(value))
        return { value, source, findings };
    const start = position(source, source.doc.contents?.range[0] ?? 0);
    const f = at(prefix, 'not-a-mapping', source.file, start.line, start.column);
    f.message = `${source.file} must be a mapping of keys to values, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`;
    f.hint = 'Write `key: value` pairs at the top level.';
    return { value: {}, source, findings: [...findings, f] };
}
/**
 * One pass over every mapping: repeated keys get a finding at the repeat (the last value wins, as
 * in the parsed value), and `__proto__`-like keys are removed before conversion, one finding each.
 */
function checkKeys(doc, source, prefix) {
    const findings = [];
    let duplicates = 0;
    const keyAt = (pair) => position(source, (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
    (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Map(_key, map) {
            // Offsets only: a line is computed for the few keys that are reported.
            const first = new Map();
            for (const pair of map.items) {
                if (!(0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key))
                    continue;
                const key = String(pair.key.value);
                const earlier = first.get(key);
                if (earlier === undefined) {
                    first.set(key, pair.key.range?.[0] ?? 0);
                    continue;
                }
                if (++duplicates > MAX_SYNTAX_FINDINGS)
                    continue;
                const where = keyAt(pair);
                const f = at(prefix, 'duplicate-key', source.file, where.line, where.column);
                f.message = `duplicate key \`${key.slice(0, 80)}\` (first on line ${position(source, earlier).line})`;
                f.hint = 'Each key may appear once per mapping; remove or merge the repeated one.';
                findings.push(f);
            }
            return undefined;
        },
        Pair(_key, pair) {
            const key = (0,_library_js__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? pair.key.value : undefined;
            if (typeof key !== 'string' || !FORBIDDEN_KEYS.has(key))
                return undefined;
            const where = keyAt(pair);
            const f = at(prefix, 'forbidden-key', source.file, where.line, where.column);
            f.message = `key \`${key}\` is not allowed; it was ignored`;
            f.hint = 'Rename the key: it would reach JavaScript object internals.';
            findings.push(f);
            return _library_js__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.REMOVE;
        },
    });
    return findings;
}
/** 1-based line and column of a character offset in the parsed text, with the line offset applied. */
function position(source, offset) {
    const p = source.lineCounter.linePos(offset);
    return { line: p.line + source.lineOffset, column: p.col };
}
function at(prefix, rule, file, line, column, severity = 'error') {
    return { rule: `${prefix}/${rule}`, severity, message: '', file, line, column };
}
/** Broken input can yield hundreds of errors at one place; the first few distinct ones say it all. */
function firstDistinct(errors) {
    const seen = new Set();
    const out = [];
    for (const e of errors) {
        const id = `${e.pos[0]}:${e.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(e);
        if (out.length === MAX_SYNTAX_FINDINGS)
            break;
    }
    return out;
}
/** UTF-8 size when the string could exceed the limit (a UTF-16 unit is at most 3 bytes); else a bound below it. */
function byteLength(text, limit) {
    if (text.length * 3 <= limit)
        return text.length;
    return Buffer.byteLength(text, 'utf8');
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / 1024 / 1024).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}


/***/ }),

/***/ 6217:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   As: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.As),
/* harmony export */   HN: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.HN),
/* harmony export */   Tp: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Tp),
/* harmony export */   Vj: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.Vj),
/* harmony export */   YR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.YR),
/* harmony export */   hR: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.hR),
/* harmony export */   jh: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jh),
/* harmony export */   jn: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.jn),
/* harmony export */   oP: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.oP),
/* harmony export */   qg: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.qg),
/* harmony export */   tO: () => (/* reexport safe */ _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__.tO)
/* harmony export */ });
/* harmony import */ var _node_modules_yaml_browser_dist_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4844);
// The `yaml` package as every bundle loads it: its ES module build (what the package serves to
// bundlers outside Node), not the CommonJS build Node resolves `yaml` to. Bundled, the ES build is
// hoisted into one scope and only what is used stays: about 8 ms less at every action's start
// than the CommonJS build's module factories (scripts/bench.mjs, "cold start"). The code is the same
// release of the same sources; only its warnings go to console.warn instead of process.emitWarning.
// Types: library.d.ts, the package's own. Tests load this file too, so they run what ships.



/***/ })

};
