// The host's imports for the SDK's unit tests under Node.js (in a
// component they are `uni:plugin/host-*`): nothing granted.
export const log = () => {};
export const query = () => {
  throw { payload: "query is not granted" };
};
export const get = () => {
  throw { payload: "secret is not granted" };
};
