// Each schema reads exactly its domain type, in both directions: a field added to the schema or
// to src/domain alone fails `tsc -b` here (src/domain may not import zod, so the check lives here).
import type { z } from 'zod/mini';
import type { DatasetFileName, DatasetFiles } from '@/data/parse-dataset';
import type { Assert, Equals } from '@/data/type-equals';
import type { MeetingEvent, ShortlistEntry } from '@/domain/event';
import type { SavedShortlists, Shortlist } from '@/domain/shortlist';
import type {
  Cluster,
  ClusterPair,
  ContextFigure,
  DatasetMeta,
  Escp4i,
  EuCluster,
  EuSide,
  EventRecord,
  Interest,
  MexicanState,
  Policy,
  Sector,
  SuccessStory,
} from '@/domain/types';
import type { clusterSchema } from '@/data/schemas/clusters';
import type { contextFigureSchema } from '@/data/schemas/context';
import type {
  clusterPairSchema,
  escp4iSchema,
  euClusterSchema,
  euSideSchema,
  eventSchema,
  successStorySchema,
} from '@/data/schemas/eu';
import type { interestSchema } from '@/data/schemas/interests';
import type { metaSchema } from '@/data/schemas/meta';
import type { policySchema } from '@/data/schemas/policies';
import type {
  meetingEventSchema,
  activeShortlistIdSchema,
  shortlistEntrySchema,
  shortlistSchema,
} from '@/data/schemas/saved-state';
import type { sectorSchema } from '@/data/schemas/sectors';
import type { stateSchema } from '@/data/schemas/states';

type Reads<Schema, T> = Equals<z.output<Schema>, T>;

// Saved state is read part by part (a bad list is set aside, not the whole state): each part's
// schema must read exactly the domain's saved shape.
type SavedStateRead = {
  shortlists: z.output<typeof shortlistSchema>[];
  activeShortlistId: z.output<typeof activeShortlistIdSchema>;
};

export type SchemasReadDomainTypes = [
  Assert<Reads<typeof metaSchema, DatasetMeta>>,
  Assert<Reads<typeof sectorSchema, Sector>>,
  Assert<Reads<typeof interestSchema, Interest>>,
  Assert<Reads<typeof stateSchema, MexicanState>>,
  // `own` is the overlay's mark of the user's values (src/domain/own-facts/overlay.ts): no data file has it.
  Assert<Reads<typeof clusterSchema, Omit<Cluster, 'own'>>>,
  Assert<Reads<typeof policySchema, Policy>>,
  Assert<Reads<typeof euSideSchema, EuSide>>,
  Assert<Reads<typeof euClusterSchema, EuCluster>>,
  Assert<Reads<typeof escp4iSchema, Escp4i>>,
  Assert<Reads<typeof clusterPairSchema, ClusterPair>>,
  Assert<Reads<typeof eventSchema, EventRecord>>,
  Assert<Reads<typeof successStorySchema, SuccessStory>>,
  Assert<Reads<typeof contextFigureSchema, ContextFigure>>,
  Assert<Reads<typeof shortlistSchema, Shortlist>>,
  Assert<Reads<typeof shortlistEntrySchema, ShortlistEntry>>,
  Assert<Reads<typeof meetingEventSchema, MeetingEvent>>,
  Assert<Equals<SavedStateRead, SavedShortlists>>,
  Assert<Equals<keyof DatasetFiles, DatasetFileName>>,
];
