//! Writing a manifest back out as TOML or JSON, in the same schema it is read
//! in: `from_toml_str(to_toml_string(m)) == m`.

use serde::ser::{SerializeMap, SerializeStruct};
use serde::{Serialize, Serializer};

use super::*;

impl Serialize for PluginManifest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("PluginManifest", 9)?;
        out.serialize_field("plugin", &self.plugin)?;
        if !self.dependencies.is_empty() {
            out.serialize_field("dependencies", &Dependencies(&self.dependencies))?;
        }
        if !self.capabilities.required.is_empty() || !self.capabilities.optional.is_empty() {
            out.serialize_field("capabilities", &self.capabilities)?;
        }
        if self.limits != LimitsRequest::default() {
            out.serialize_field("limits", &self.limits)?;
        }
        if !self.config.is_empty() {
            out.serialize_field("config", &self.config)?;
        }
        if !self.functions.is_empty() {
            out.serialize_field("functions", &self.functions)?;
        }
        if !self.hooks.is_empty() {
            out.serialize_field("hooks", &self.hooks)?;
        }
        if !self.triggers.is_empty() {
            out.serialize_field("triggers", &self.triggers)?;
        }
        if !self.jobs.is_empty() {
            out.serialize_field("jobs", &self.jobs)?;
        }
        out.end()
    }
}

impl Serialize for PluginInfo {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("PluginInfo", 12)?;
        out.serialize_field("id", &self.id)?;
        if let Some(name) = &self.name {
            out.serialize_field("name", name)?;
        }
        out.serialize_field("version", &self.version.to_string())?;
        out.serialize_field("abi", &self.abi.to_string())?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("entry", &self.entry)?;
        out.serialize_field("determinism", &self.determinism)?;
        for (key, value) in [
            ("description", &self.description),
            ("license", &self.license),
            ("homepage", &self.homepage),
            ("repository", &self.repository),
        ] {
            if let Some(value) = value {
                out.serialize_field(key, value)?;
            }
        }
        if !self.authors.is_empty() {
            out.serialize_field("authors", &self.authors)?;
        }
        out.end()
    }
}

struct Dependencies<'a>(&'a [Dependency]);

impl Serialize for Dependencies<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Detailed<'a> {
            version: String,
            uses: &'a [String],
        }
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for dependency in self.0 {
            if dependency.uses.is_empty() {
                map.serialize_entry(dependency.id.as_str(), &dependency.version.to_string())?;
            } else {
                let detailed = Detailed { version: dependency.version.to_string(), uses: &dependency.uses };
                map.serialize_entry(dependency.id.as_str(), &detailed)?;
            }
        }
        map.end()
    }
}

impl Serialize for CapabilityRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("CapabilityRequest", 2)?;
        if !self.required.is_empty() {
            out.serialize_field("required", &self.required)?;
        }
        if !self.optional.is_empty() {
            out.serialize_field("optional", &self.optional)?;
        }
        out.end()
    }
}

impl Serialize for LimitsRequest {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("LimitsRequest", 2)?;
        if let Some(memory) = &self.memory {
            out.serialize_field("memory", memory)?;
        }
        if let Some(timeout) = &self.timeout {
            out.serialize_field("timeout", timeout)?;
        }
        out.end()
    }
}

impl Serialize for FunctionDecl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("FunctionDecl", 7)?;
        out.serialize_field("name", &self.name)?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("args", &self.args)?;
        out.serialize_field("returns", &self.returns)?;
        if let Some(determinism) = &self.determinism {
            out.serialize_field("determinism", determinism)?;
        }
        if let Some(doc) = &self.doc {
            out.serialize_field("doc", doc)?;
        }
        if !self.examples.is_empty() {
            out.serialize_field("examples", &self.examples)?;
        }
        out.end()
    }
}

impl Serialize for Returns {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Returns::Type(ty) => ty.serialize(serializer),
            Returns::Columns(columns) => {
                let mut map = serializer.serialize_map(Some(columns.len()))?;
                for column in columns {
                    map.serialize_entry(&column.name, &column.ty)?;
                }
                map.end()
            }
        }
    }
}

impl Serialize for JobDecl {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("JobDecl", 3)?;
        out.serialize_field("name", &self.name)?;
        match &self.schedule {
            Schedule::Cron(cron) => out.serialize_field("schedule", cron)?,
            Schedule::Every(every) => out.serialize_field("every", every)?,
        }
        out.serialize_field("handler", &self.handler)?;
        out.end()
    }
}
