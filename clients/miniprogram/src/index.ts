export { FangpinClient, type ClientOptions, type PendingFile } from './client';
export { ApiError, UserErrors, type ErrorCode, type UserError } from './errors';
export { fetchTransport, wxTransport, type Transport, type UploadSource, type Wx } from './transport';
export { yuan, fenOf, type Yuan, type GlobalId } from './scalars';
export * from './gql/graphql';
