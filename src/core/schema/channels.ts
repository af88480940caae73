import { z } from 'zod';
import { urlSchema } from './primitives.ts';
import { processingTimeSchema } from './processing-time.ts';
import { feesSchema } from './fee.ts';

export const ONLINE_LEVELS = ['none', 'partial', 'full'] as const;

export const channelsSchema = z
  .strictObject({
    in_person: z.boolean().describe('Nộp trực tiếp được không.'),
    postal: z.boolean().describe('Nộp qua bưu chính được không.'),
    online: z
      .enum(ONLINE_LEVELS)
      .describe('Dịch vụ công trực tuyến: none (không), partial (một phần), full (toàn trình).'),
    online_url: urlSchema.optional().describe('Địa chỉ nộp hồ sơ trực tuyến.'),
  })
  .describe('Cách thức thực hiện.');

const channelOverrideSchema = z
  .strictObject({
    processing_time: processingTimeSchema.optional(),
    fees: feesSchema.optional(),
  })
  .describe('Thời hạn hoặc phí riêng của kênh này, khi khác với chung.');

export const CHANNEL_IDS = ['online', 'postal', 'in_person'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const byChannelSchema = z
  .strictObject({
    online: channelOverrideSchema.optional(),
    postal: channelOverrideSchema.optional(),
    in_person: channelOverrideSchema.optional(),
  })
  .describe('Thời hạn, phí khác nhau theo kênh nộp (trực tuyến, bưu chính, trực tiếp).');

export type Channels = z.infer<typeof channelsSchema>;
export type ByChannel = z.infer<typeof byChannelSchema>;
