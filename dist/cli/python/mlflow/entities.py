"""Entity classes with the attribute names of mlflow.entities (fallback package)."""


def _tags(raw):
    return {t["key"]: t.get("value", "") for t in raw or []}


class _Repr:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in sorted(vars(self).items()) if not k.startswith("_"))
        return "<%s: %s>" % (type(self).__name__, fields)

    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)


class Experiment(_Repr):
    def __init__(self, d):
        self.experiment_id = str(d.get("experiment_id"))
        self.name = d.get("name")
        self.artifact_location = d.get("artifact_location")
        self.lifecycle_stage = d.get("lifecycle_stage")
        self.creation_time = d.get("creation_time")
        self.last_update_time = d.get("last_update_time")
        self.tags = _tags(d.get("tags"))


class Metric(_Repr):
    def __init__(self, key, value, timestamp, step):
        self.key, self.value, self.timestamp, self.step = key, value, timestamp, step

    @classmethod
    def from_dict(cls, d):
        return cls(d["key"], float(d["value"]), d.get("timestamp"), d.get("step", 0))


class RunInfo(_Repr):
    def __init__(self, d):
        self.run_id = d.get("run_id") or d.get("run_uuid")
        self.run_uuid = self.run_id
        self.run_name = d.get("run_name")
        self.experiment_id = str(d.get("experiment_id"))
        self.user_id = d.get("user_id")
        self.status = d.get("status")
        self.start_time = d.get("start_time")
        self.end_time = d.get("end_time")
        self.artifact_uri = d.get("artifact_uri")
        self.lifecycle_stage = d.get("lifecycle_stage")


class RunData(_Repr):
    def __init__(self, d):
        self.metrics = {m["key"]: float(m["value"]) for m in d.get("metrics") or []}
        self.params = {p["key"]: p.get("value", "") for p in d.get("params") or []}
        self.tags = _tags(d.get("tags"))


class Run(_Repr):
    def __init__(self, d):
        self.info = RunInfo(d.get("info") or {})
        self.data = RunData(d.get("data") or {})

    def to_dictionary(self):
        return {"info": vars(self.info), "data": vars(self.data)}


class ModelVersion(_Repr):
    def __init__(self, d):
        self.name = d.get("name")
        self.version = str(d.get("version"))
        self.creation_timestamp = d.get("creation_timestamp")
        self.last_updated_timestamp = d.get("last_updated_timestamp")
        self.description = d.get("description")
        self.user_id = d.get("user_id")
        self.current_stage = d.get("current_stage")
        self.source = d.get("source")
        self.run_id = d.get("run_id")
        self.run_link = d.get("run_link")
        self.status = d.get("status")
        self.status_message = d.get("status_message")
        self.tags = _tags(d.get("tags"))
        self.aliases = [a.get("alias") for a in d.get("aliases") or []]


class RegisteredModel(_Repr):
    def __init__(self, d):
        self.name = d.get("name")
        self.creation_timestamp = d.get("creation_timestamp")
        self.last_updated_timestamp = d.get("last_updated_timestamp")
        self.description = d.get("description")
        self.tags = _tags(d.get("tags"))
        self.aliases = {a["alias"]: str(a["version"]) for a in d.get("aliases") or []}
        self.latest_versions = [ModelVersion(v) for v in d.get("latest_versions") or []]
