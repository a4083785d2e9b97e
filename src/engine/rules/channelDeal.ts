// decide/D3 (channel-confirm, channel owner): a deal on a valid channel customer leaves the owner
// `<channel>/<broker>`; performance and commission go 100% to the agent who received the
// channel's visit, other agents being duty help. The channel's fee follows its contract: no share.
import { M } from '../messages';
import type { Ctx } from '../context';
import type { State } from '../state';
import type { EventRecord } from '../types';
import type { Decision } from './decision';

/** The agent who received the channel's visit: the first visit with an agent since the claim. */
export function channelReceptionist(ctx: Ctx, s: State, ev: EventRecord): string | null {
  const since = s.basis?.day ?? ev.day;
  for (const e of ctx.events) {
    if (e.day > ev.day) break;
    if (e.kind === 'visit' && e.agent && e.day >= since) return e.agent;
  }
  return ev.agent;
}

export function channelDeal(ctx: Ctx, s: State, ev: EventRecord): Decision {
  const channel = s.owner.name ?? '';
  const agent = channelReceptionist(ctx, s, ev) ?? ctx.policy.house;
  const rules = [...s.rules, 'decide/D3'];
  const text = [M.channelDeal(agent, channel, ev.day, ev.ref)];
  if (ev.agent && ev.agent !== agent) text.push(M.dutyHelp(ev.agent, agent, ev.day, ev.ref));
  return { performance: { [agent]: 1 }, commission: { [agent]: 1 }, rules, text };
}
