import { contract, type MethodInput, type MethodName, type MethodOutput } from './api';
import { envelopeSchema } from './envelope';
import { ApiError } from './errors';

/** Carries one call to the core and returns the raw envelope; IPC or loopback HTTP. */
export type Transport = (method: MethodName, input: unknown) => Promise<unknown>;

export type ApiClient = {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>>;
};

/** The renderer's only way to reach the core; failures surface as `ApiError` with a code. */
export function createApiClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      let raw: unknown;
      try {
        raw = await transport(method, input);
      } catch (error) {
        if (error instanceof ApiError) throw error;
        throw new ApiError('transport.unreachable');
      }
      const envelope = envelopeSchema.safeParse(raw);
      if (!envelope.success) throw new ApiError('contract.invalid_output');
      if (!envelope.data.ok) throw new ApiError(envelope.data.error.code, envelope.data.error.issues);
      const value = contract[method].output.safeParse(envelope.data.value);
      if (!value.success) throw new ApiError('contract.invalid_output');
      return value.data as never;
    },
  };
}
