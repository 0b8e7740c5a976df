/**
 * Fault switches of the reference central server. Each one applies to the next `times` requests of
 * the named operation (any operation when `on` is absent), then turns itself off, so a test can
 * say "fail three pushes" and then check that client and server agree once the faults stop.
 */
/** The tus requests of an upload (central-uploads.ts): its creation (POST), its offset (HEAD), its bytes (PATCH). */
export type UploadOperation = 'createUpload' | 'uploadOffset' | 'uploadChunk';
export type Operation = 'enrol' | 'hasBlob' | 'missingBlobs' | 'pushBatch' | 'getBatch' | 'pullChanges' | 'heldApplications' | 'renewCredential' | UploadOperation;

type Counted = { times: number; on?: Operation };

export type Faults = {
  /** Cut the connection once N bytes of the request body have arrived. */
  dropAfterBytes?: Counted & { bytes: number };
  /** Answer 500 or 503 without doing anything, with a Retry-After when given. */
  failWith?: Counted & { status: 500 | 503; retryAfterSeconds?: number };
  /** Hold the request this long before handling it: the client's timeout fires first. */
  stall?: Counted & { ms: number };
  /** Carry the request out twice, as a replaying proxy would, and answer from the second run. */
  answerTwice?: Counted;
  /** Carry the request out, then cut the connection: the work is done, the answer lost. */
  dropAnswer?: Counted;
  /** Record this many items of a pushed batch, then go down and come back from the stored state. */
  restartMidBatch?: Counted & { afterItems: number };
  /** Answer a feed read with a cursor 410 Gone, as a server does whose feed no longer reaches back that far. */
  cursorGone?: Counted;
  /** Reject these applications with the reason given, every time they come. */
  reject?: Record<string, string>;
  /** Refuse as a whole, with this status and nothing recorded, every push that holds one of these applications. */
  refuseBatchesWith?: Record<string, 400 | 413>;
  /** Refuse every upload of these files with this status, keeping nothing: 413 at its creation, 422 once the bytes are in. */
  refuseBlobs?: Record<string, 413 | 422>;
};

/** Switches that hold for given applications or files every time, not for a count of requests. */
const standing = ['reject', 'refuseBatchesWith', 'refuseBlobs'] as const;
export type FaultName = Exclude<keyof Faults, (typeof standing)[number]>;

export function createFaultSwitches() {
  let faults: Faults = {};
  return {
    set(next: Faults) {
      faults = { ...next };
    },
    clear() {
      faults = {};
    },
    current: () => faults,
    /** Takes one use of a switch for this operation, if it is on. */
    take<K extends FaultName>(name: K, operation: Operation): NonNullable<Faults[K]> | undefined {
      const fault = faults[name];
      if (!fault || fault.times <= 0 || (fault.on && fault.on !== operation)) return undefined;
      fault.times -= 1;
      return fault as NonNullable<Faults[K]>;
    },
    rejection: (applicationId: string) => faults.reject?.[applicationId],
    /** The status a push holding these applications is refused with, if one of them is switched. */
    batchRefusal: (applicationIds: string[]) => applicationIds.map((id) => faults.refuseBatchesWith?.[id]).find((status) => status !== undefined),
    blobRefusal: (sha256: string) => faults.refuseBlobs?.[sha256],
    /** True while any counted switch still has uses left. */
    pending: () =>
      (Object.entries(faults) as [keyof Faults, unknown][]).some(([name, fault]) => !(standing as readonly string[]).includes(name) && (fault as Counted).times > 0),
  };
}
export type FaultSwitches = ReturnType<typeof createFaultSwitches>;
