import type { Capability } from '../../capability';
import { connect } from '../../connect';
import { manifest, type Manifest } from './manifest';

export const whoami: Capability<Manifest> = {
  manifest,
  async main(ctx) {
    const { client, host } = connect(ctx);
    const me = await client.currentUser();
    ctx.logger.info(`Connected to ${host} as ${me.userName}`);
    ctx.outputs.set('user-name', me.userName);
    ctx.outputs.set('user-id', me.id);
    ctx.outputs.set('host', host);
    await ctx.summary.append(
      `### Databricks connection\n\nConnected to ${host} as \`${me.userName}\`.\n`,
    );
  },
};
