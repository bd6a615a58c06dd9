/*
 * A native plugin written in C against uni_plugin.h alone: the scalar
 * function add_one(int64) and the aggregate sum_c(int64), with the Arrow C
 * Data Interface built by hand. Compiled by the system C compiler in the
 * host's tests (see native_library.rs), which also builds broken variants
 * of it with -D flags.
 */
#include <stdlib.h>
#include <string.h>

#include "uni_plugin.h"

#ifndef PLUGIN_ID
#define PLUGIN_ID "com.example.c"
#endif
#ifndef ABI
#define ABI UNIPLUG_ABI_VERSION
#endif
/* What add_one adds: another build of the same source for reload tests. */
#ifndef INCREMENT
#define INCREMENT 1
#endif

static void set_error(UniplugString *error, const char *message) {
  if (error) {
    error->ptr = message; /* static text: no release */
    error->len = strlen(message);
    error->release = NULL;
  }
}

static int text_is(UniplugStr text, const char *expected) {
  size_t n = strlen(expected);
  return text.ptr && text.len == n && memcmp(text.ptr, expected, n) == 0;
}

/* ---- an int64 array of our own making ---- */
struct owned {
  const void *buffers[2];
  uint8_t *validity;
  int64_t *values;
};

static void release_array(struct ArrowArray *array) {
  struct owned *owned = array->private_data;
  free(owned->validity);
  free(owned->values);
  free(owned);
  array->release = NULL;
}

static void release_schema(struct ArrowSchema *schema) { schema->release = NULL; }

static void int64_schema(struct ArrowSchema *schema, const char *name) {
  memset(schema, 0, sizeof *schema);
  schema->format = "l";
  schema->name = name;
  schema->flags = ARROW_FLAG_NULLABLE;
  schema->release = release_schema;
}

/* rows values with validity copied from `valid` (NULL = all valid). */
static void int64_array(struct ArrowArray *array, int64_t rows, const int64_t *values, const uint8_t *valid,
                        int64_t null_count) {
  struct owned *owned = calloc(1, sizeof *owned);
  owned->values = malloc(sizeof(int64_t) * (size_t)(rows ? rows : 1));
  memcpy(owned->values, values, sizeof(int64_t) * (size_t)rows);
  if (valid && null_count > 0) {
    owned->validity = malloc((size_t)(rows + 7) / 8);
    memcpy(owned->validity, valid, (size_t)(rows + 7) / 8);
  }
  owned->buffers[0] = owned->validity;
  owned->buffers[1] = owned->values;
  memset(array, 0, sizeof *array);
  array->length = rows;
  array->null_count = owned->validity ? null_count : 0;
  array->n_buffers = 2;
  array->buffers = owned->buffers;
  array->release = release_array;
  array->private_data = owned;
}

static int is_valid(const struct ArrowArray *array, int64_t row) {
  const uint8_t *bits = array->buffers[0];
  int64_t at = row + array->offset;
  return !bits || (bits[at / 8] >> (at % 8)) & 1;
}

static int64_t value(const struct ArrowArray *array, int64_t row) {
  return ((const int64_t *)array->buffers[1])[row + array->offset];
}

/* ---- the plugin ---- */
static int instance_token;

static UniplugStatus init(UniplugStr init_json, const UniplugHost *host, void **instance, UniplugString *error) {
  (void)init_json;
  if (host && host->log) {
    UniplugStr hello = {"c plugin ready", 14};
    host->log(host->context, UNIPLUG_LOG_INFO, hello);
  }
#ifdef FAIL_INIT
  set_error(error, "init refuses on purpose");
  return UNIPLUG_FAILED;
#endif
  (void)error;
  *instance = &instance_token;
  return UNIPLUG_OK;
}

static void shutdown(void *instance) { (void)instance; }

static UniplugStatus call_scalar(void *instance, UniplugStr name, int64_t rows, size_t n_args,
                                 struct ArrowArray *args, const struct ArrowSchema *arg_types,
                                 struct ArrowArray *out, struct ArrowSchema *out_type, UniplugString *error) {
  (void)instance;
  if (!text_is(name, "add_one")) {
    set_error(error, "no such scalar function");
    return UNIPLUG_INVALID_INPUT;
  }
  if (n_args != 1 || strcmp(arg_types[0].format, "l") != 0) {
    set_error(error, "add_one takes one int64");
    return UNIPLUG_INVALID_INPUT;
  }
  int64_t *values = malloc(sizeof(int64_t) * (rows + 1));
  uint8_t *valid = calloc((size_t)(rows + 8) / 8, 1);
  int64_t nulls = 0;
  for (int64_t row = 0; row < rows; row++) {
    values[row] = value(&args[0], row) + INCREMENT;
    if (is_valid(&args[0], row)) {
      valid[row / 8] |= (uint8_t)(1u << (row % 8));
    } else {
      nulls++;
    }
  }
#ifdef PANICS
  free(values);
  free(valid);
  set_error(error, "the C code gave up");
  return UNIPLUG_PANICKED;
#endif
#ifdef WRONG_LENGTH
  values[rows] = 0;
  valid[rows / 8] |= (uint8_t)(1u << (rows % 8));
  rows += 1;
#endif
  int64_array(out, rows, values, valid, nulls);
  free(values);
  free(valid);
  int64_schema(out_type, "add_one");
#ifdef WRONG_TYPE
  out_type->format = "i"; /* int32, where the manifest says int64 */
#endif
#ifdef MISSING_BUFFER
  out->n_buffers = 1; /* an int64 array needs validity and values */
#endif
  /* The argument is lent: the host releases it after the call. */
  return UNIPLUG_OK;
}

/* sum_c: one accumulator holds a running sum and whether any row counted. */
struct sum {
  int64_t total;
  int64_t seen;
};

static UniplugStatus describe_aggregate(void *instance, UniplugStr name, struct ArrowSchema *state_type,
                                        uint8_t *grouped, UniplugString *error);

static void release_struct_schema(struct ArrowSchema *schema) {
  for (int64_t i = 0; i < schema->n_children; i++) {
    if (schema->children[i]->release) schema->children[i]->release(schema->children[i]);
    free(schema->children[i]);
  }
  free(schema->children);
  schema->release = NULL;
}

static UniplugStatus describe_aggregate(void *instance, UniplugStr name, struct ArrowSchema *state_type,
                                        uint8_t *grouped, UniplugString *error) {
  (void)instance;
  if (!text_is(name, "sum_c")) {
    set_error(error, "no such aggregate");
    return UNIPLUG_INVALID_INPUT;
  }
  memset(state_type, 0, sizeof *state_type);
  state_type->format = "+s";
  state_type->n_children = 1;
  state_type->children = malloc(sizeof(struct ArrowSchema *));
  state_type->children[0] = malloc(sizeof(struct ArrowSchema));
  int64_schema(state_type->children[0], "total");
  state_type->release = release_struct_schema;
  *grouped = 0;
  return UNIPLUG_OK;
}

static UniplugStatus accumulator_new(void *instance, UniplugStr name, void **accumulator, UniplugString *error) {
  (void)instance;
  (void)name;
  (void)error;
  *accumulator = calloc(1, sizeof(struct sum));
  return UNIPLUG_OK;
}

static UniplugStatus accumulator_update(void *accumulator, int64_t rows, size_t n_args, struct ArrowArray *args,
                                        const struct ArrowSchema *arg_types, UniplugString *error) {
  (void)n_args;
  (void)arg_types;
  (void)error;
  struct sum *sum = accumulator;
  for (int64_t row = 0; row < rows; row++) {
    if (is_valid(&args[0], row)) {
      sum->total += value(&args[0], row);
      sum->seen = 1;
    }
  }
  return UNIPLUG_OK;
}

static UniplugStatus accumulator_merge(void *accumulator, int64_t rows, size_t n_states, struct ArrowArray *states,
                                       const struct ArrowSchema *state_types, UniplugString *error) {
  return accumulator_update(accumulator, rows, n_states, states, state_types, error);
}

/* A struct array of one int64 child, one row. */
struct owned_struct {
  struct ArrowArray *children[1];
  const void *buffers[1];
};

static void release_struct_array(struct ArrowArray *array) {
  struct owned_struct *owned = array->private_data;
  if (owned->children[0]->release) owned->children[0]->release(owned->children[0]);
  free(owned->children[0]);
  free(owned);
  array->release = NULL;
}

static UniplugStatus accumulator_state(void *accumulator, struct ArrowArray *out, struct ArrowSchema *out_type,
                                       UniplugString *error) {
  struct sum *sum = accumulator;
  uint8_t valid = sum->seen ? 1 : 0;
  struct owned_struct *owned = calloc(1, sizeof *owned);
  owned->children[0] = malloc(sizeof(struct ArrowArray));
  int64_array(owned->children[0], 1, &sum->total, &valid, sum->seen ? 0 : 1);
  memset(out, 0, sizeof *out);
  out->length = 1;
  out->n_buffers = 1;
  out->buffers = owned->buffers;
  out->n_children = 1;
  out->children = owned->children;
  out->release = release_struct_array;
  out->private_data = owned;
  uint8_t ignored;
  return describe_aggregate(NULL, (UniplugStr){"sum_c", 5}, out_type, &ignored, error);
}

static UniplugStatus accumulator_finish(void *accumulator, struct ArrowArray *out, struct ArrowSchema *out_type,
                                        UniplugString *error) {
  (void)error;
  struct sum *sum = accumulator;
  uint8_t valid = sum->seen ? 1 : 0;
  int64_array(out, 1, &sum->total, &valid, sum->seen ? 0 : 1);
  int64_schema(out_type, "sum_c");
  return UNIPLUG_OK;
}

static size_t accumulator_size(void *accumulator) {
  (void)accumulator;
  return sizeof(struct sum);
}

static void accumulator_free(void *accumulator) { free(accumulator); }

#ifndef TABLE_SIZE
#define TABLE_SIZE sizeof(UniplugPlugin)
#endif

static const UniplugPlugin PLUGIN = {
    .abi_version = ABI,
    .size = TABLE_SIZE,
    .plugin_id = PLUGIN_ID,
    .producer = "c",
    .init = init,
    .shutdown = shutdown,
    .call_scalar = call_scalar,
    .describe_aggregate = describe_aggregate,
    .accumulator_new = accumulator_new,
    .accumulator_update = accumulator_update,
    .accumulator_merge = accumulator_merge,
    .accumulator_state = accumulator_state,
    .accumulator_finish = accumulator_finish,
    .accumulator_size = accumulator_size,
    .accumulator_free = accumulator_free,
};

#ifndef NO_ENTRY
const UniplugPlugin *uniplug_entry(void) {
#ifdef NULL_TABLE
  return NULL;
#else
  return &PLUGIN;
#endif
}
#endif
