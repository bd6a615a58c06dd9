/*
 * uni_plugin.h: the uni-plugin native plugin ABI, version 1.
 *
 * A native plugin is a shared library that exports one symbol,
 *
 *     const UniplugPlugin *uniplug_entry(void);
 *
 * returning a table of functions that lives as long as the library. The
 * host reads `abi_version` (always the first field, in every version) and
 * `size` before it touches anything else, and refuses a library whose
 * version it does not implement, naming both versions.
 *
 * The only data type that crosses is the Arrow C Data Interface
 * (struct ArrowArray / struct ArrowSchema, stable by the Arrow
 * specification), so a library keeps loading in later hosts whatever their
 * compiler, Arrow or DataFusion version.
 *
 * Versioning rule: fields are only ever appended to UniplugPlugin,
 * UniplugHost and UniplugEvent, and `size` says how much of the struct its
 * producer knows. A host accepts a library whose `size` covers every field
 * of its own ABI version. Removing or changing a field bumps
 * UNIPLUG_ABI_VERSION.
 *
 * Ownership, in short:
 *   - arrays passed *to* the plugin (arguments, states, trigger rows) are
 *     lent for the call: read them, or move one out to keep it (copy the
 *     struct, then set the original's `release` to NULL); the host releases
 *     whatever is still there when the call returns;
 *   - schemas passed to the plugin are borrowed for the call;
 *   - arrays and schemas the plugin writes to an `out` parameter become the
 *     host's; their release callbacks may run long after the call, so the
 *     host keeps the library mapped;
 *   - a UniplugString the plugin fills (an error message) is released by
 *     the host through its `release` callback (NULL for static text); one
 *     the host fills (a secret) is released by the plugin the same way.
 *
 * Threads: `init` and `shutdown` are called once per instance. Every other
 * function taking an instance may be called from several threads at once.
 * An accumulator, grouped accumulator or table stream is used by one thread
 * at a time, though not always the same one.
 */
#ifndef UNI_PLUGIN_H
#define UNI_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define UNIPLUG_ABI_VERSION 1u
#define UNIPLUG_ENTRY_SYMBOL "uniplug_entry"

/* ---- Arrow C Data Interface, as the Arrow specification defines it ---- */
#ifndef ARROW_C_DATA_INTERFACE
#define ARROW_C_DATA_INTERFACE

#define ARROW_FLAG_DICTIONARY_ORDERED 1
#define ARROW_FLAG_NULLABLE 2
#define ARROW_FLAG_MAP_KEYS_SORTED 4

struct ArrowSchema {
  const char *format;
  const char *name;
  const char *metadata;
  int64_t flags;
  int64_t n_children;
  struct ArrowSchema **children;
  struct ArrowSchema *dictionary;
  void (*release)(struct ArrowSchema *);
  void *private_data;
};

struct ArrowArray {
  int64_t length;
  int64_t null_count;
  int64_t offset;
  int64_t n_buffers;
  int64_t n_children;
  const void **buffers;
  struct ArrowArray **children;
  struct ArrowArray *dictionary;
  void (*release)(struct ArrowArray *);
  void *private_data;
};

#endif /* ARROW_C_DATA_INTERFACE */

/* ---- Status codes: the fault classes of the host's CallError ---- */
typedef int32_t UniplugStatus;
/* Success. */
#define UNIPLUG_OK 0
/* The input is wrong (the caller's fault); from a trigger: reject the rows,
 * the message being the reason. */
#define UNIPLUG_INVALID_INPUT 1
/* The plugin failed. */
#define UNIPLUG_FAILED 2
/* A capability the call needs is not granted. */
#define UNIPLUG_NOT_GRANTED 3
/* The plugin caught a panic or exception of its own. */
#define UNIPLUG_PANICKED 4
/* The plugin ran out of a resource (memory, a bound of its own). */
#define UNIPLUG_RESOURCE_EXHAUSTED 5
/* Something the call needs is not available right now. */
#define UNIPLUG_UNAVAILABLE 6

/* ---- Strings ---- */

/* Borrowed UTF-8 text, `len` bytes, not NUL-terminated; `ptr` is NULL for
 * "none" where a field says so. */
typedef struct UniplugStr {
  const char *ptr;
  size_t len;
} UniplugStr;

/* Owned UTF-8 text, released by whoever receives it through `release`
 * (NULL when the text is static). Zeroed by the receiver before a call. */
typedef struct UniplugString {
  const char *ptr;
  size_t len;
  void (*release)(struct UniplugString *);
  void *private_data;
} UniplugString;

/* ---- What the host offers the plugin ---- */

#define UNIPLUG_LOG_TRACE 0
#define UNIPLUG_LOG_DEBUG 1
#define UNIPLUG_LOG_INFO 2
#define UNIPLUG_LOG_WARN 3
#define UNIPLUG_LOG_ERROR 4

typedef struct UniplugHost {
  /* sizeof(UniplugHost) as the host knows it. */
  uint32_t size;
  /* Passed back as the first argument of every callback. */
  void *context;
  /* Writes to the host log, attributed to the plugin. */
  void (*log)(void *context, int32_t level, UniplugStr message);
  /* A secret under the policy's `secret:NAME` grant: OK with
   * value->ptr == NULL when the secret is granted but not set,
   * UNIPLUG_NOT_GRANTED when it is not granted. */
  UniplugStatus (*secret)(void *context, UniplugStr name, UniplugString *value, UniplugString *error);
  /* Read-only SQL against the calling session (`query` grant): every row of
   * the result as one struct array, written to `out` / `out_type`. */
  UniplugStatus (*query)(void *context, UniplugStr sql, struct ArrowArray *out, struct ArrowSchema *out_type,
                         UniplugString *error);
  /* Fills `buffer` with `len` random bytes (`random` grant). */
  UniplugStatus (*random)(void *context, uint8_t *buffer, size_t len, UniplugString *error);
} UniplugHost;

/* ---- Events: hooks, triggers and jobs ---- */

#define UNIPLUG_EVENT_HOOK 0
#define UNIPLUG_EVENT_TRIGGER 1
#define UNIPLUG_EVENT_JOB 2

#define UNIPLUG_HOOK_BEFORE_QUERY 0
#define UNIPLUG_HOOK_AFTER_QUERY 1
#define UNIPLUG_HOOK_ON_LOAD 2
#define UNIPLUG_HOOK_ON_UNLOAD 3

#define UNIPLUG_TRIGGER_BEFORE 0
#define UNIPLUG_TRIGGER_AFTER 1

typedef struct UniplugEvent {
  /* sizeof(UniplugEvent) as the host knows it. */
  uint32_t size;
  /* UNIPLUG_EVENT_*: which of the groups below is filled. */
  uint32_t kind;
  /* hook: UNIPLUG_HOOK_*; the statement (ptr NULL when none), rows
   * produced (-1 when unknown), the error (ptr NULL when none). */
  uint32_t hook;
  UniplugStr sql;
  int64_t rows;
  UniplugStr error;
  /* trigger: the table, UNIPLUG_TRIGGER_*, the inserted rows as a struct
   * array (lent, as arguments are). */
  UniplugStr table;
  uint32_t when;
  struct ArrowArray *batch;
  const struct ArrowSchema *batch_type;
  /* job: its name, when it was due, and a flag that turns nonzero when the
   * host cancels the run (read it with an atomic load; valid during the
   * call only). */
  UniplugStr job;
  int64_t scheduled_at_unix_ms;
  const uint8_t *cancelled;
} UniplugEvent;

/* ---- The plugin ---- */

/* For `emit` parameters: every group. A value n >= 0 means the first n
 * groups, after which the rest are renumbered from 0. */
#define UNIPLUG_EMIT_ALL (-1)

typedef struct UniplugPlugin {
  /* UNIPLUG_ABI_VERSION the library was built for. Always first. */
  uint32_t abi_version;
  /* sizeof(UniplugPlugin) as the library knows it. */
  uint32_t size;
  /* NUL-terminated: the plugin id; must equal the manifest's. */
  const char *plugin_id;
  /* NUL-terminated: what built the library (e.g. "uni-plugin-sdk 0.1.0"),
   * for messages. */
  const char *producer;

  /* `init` and `shutdown` are required. Every other function may be NULL
   * when the library has no surface of that kind (a library of scalar
   * functions needs only `call_scalar`); the host then refuses a manifest
   * that declares one, naming the missing function. */

  /* Makes an instance. `init_json` is a JSON object:
   * {"config": {...the manifest's [config]...}, "grants": ["env:PATH", ...],
   *  "generation": 3, "data_dir": "/path" or null}.
   * `host` outlives the instance. */
  UniplugStatus (*init)(UniplugStr init_json, const UniplugHost *host, void **instance, UniplugString *error);
  /* Ends an instance: nothing it made is called again. */
  void (*shutdown)(void *instance);

  /* A scalar function over `rows` rows: `n_args` arguments, each `rows`
   * long. Writes a `rows`-long array. */
  UniplugStatus (*call_scalar)(void *instance, UniplugStr name, int64_t rows, size_t n_args,
                               struct ArrowArray *args, const struct ArrowSchema *arg_types, struct ArrowArray *out,
                               struct ArrowSchema *out_type, UniplugString *error);

  /* An aggregate's intermediate state, as a struct type (one child per
   * state column), and whether it has a grouped form (0 or 1). */
  UniplugStatus (*describe_aggregate)(void *instance, UniplugStr name, struct ArrowSchema *state_type,
                                      uint8_t *grouped, UniplugString *error);

  /* One accumulator: one group's running state. */
  UniplugStatus (*accumulator_new)(void *instance, UniplugStr name, void **accumulator, UniplugString *error);
  UniplugStatus (*accumulator_update)(void *accumulator, int64_t rows, size_t n_args, struct ArrowArray *args,
                                      const struct ArrowSchema *arg_types, UniplugString *error);
  UniplugStatus (*accumulator_merge)(void *accumulator, int64_t rows, size_t n_states, struct ArrowArray *states,
                                     const struct ArrowSchema *state_types, UniplugString *error);
  /* The state as a 1-row struct array. */
  UniplugStatus (*accumulator_state)(void *accumulator, struct ArrowArray *out, struct ArrowSchema *out_type,
                                     UniplugString *error);
  /* The result as a 1-row array. */
  UniplugStatus (*accumulator_finish)(void *accumulator, struct ArrowArray *out, struct ArrowSchema *out_type,
                                      UniplugString *error);
  size_t (*accumulator_size)(void *accumulator);
  void (*accumulator_free)(void *accumulator);

  /* A grouped accumulator: every group of a GROUP BY, one call per batch.
   * `group_ids[i]` is row i's group, below `total_groups`. */
  UniplugStatus (*grouped_new)(void *instance, UniplugStr name, void **grouped, UniplugString *error);
  UniplugStatus (*grouped_update)(void *grouped, const size_t *group_ids, int64_t rows, size_t total_groups,
                                  size_t n_args, struct ArrowArray *args, const struct ArrowSchema *arg_types,
                                  UniplugString *error);
  UniplugStatus (*grouped_merge)(void *grouped, const size_t *group_ids, int64_t rows, size_t total_groups,
                                 size_t n_states, struct ArrowArray *states, const struct ArrowSchema *state_types,
                                 UniplugString *error);
  /* States of the emitted groups, a struct array with a row per group. */
  UniplugStatus (*grouped_state)(void *grouped, int64_t emit, struct ArrowArray *out, struct ArrowSchema *out_type,
                                 UniplugString *error);
  /* Results of the emitted groups, an array with a row per group. */
  UniplugStatus (*grouped_finish)(void *grouped, int64_t emit, struct ArrowArray *out,
                                  struct ArrowSchema *out_type, UniplugString *error);
  size_t (*grouped_size)(void *grouped);
  void (*grouped_free)(void *grouped);

  /* A table function: `n_args` 1-row arguments; returns a stream. */
  UniplugStatus (*table_call)(void *instance, UniplugStr name, size_t n_args, struct ArrowArray *args,
                              const struct ArrowSchema *arg_types, void **stream, UniplugString *error);
  /* The next batch as a struct array; at the end, OK with out->release
   * left NULL. */
  UniplugStatus (*table_next)(void *stream, struct ArrowArray *out, struct ArrowSchema *out_type,
                              UniplugString *error);
  void (*table_free)(void *stream);

  /* A hook, trigger or job event for the manifest's `handler`. */
  UniplugStatus (*on_event)(void *instance, UniplugStr handler, const UniplugEvent *event, UniplugString *error);
} UniplugPlugin;

/* The one symbol a library exports. */
typedef const UniplugPlugin *(*UniplugEntry)(void);

#ifdef __cplusplus
}
#endif

#endif /* UNI_PLUGIN_H */
