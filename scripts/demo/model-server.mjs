// The demo's local model server: slots (primary, canary, blue, green, shadow, b) each serve one model
// version with a share of the traffic. The deploy script (examples/churn/deploy/deploy.sh) sets them
// through POST /admin/apply, sending the version's model.json from the verified release assets;
// /{slot}/predict then scores a customer with that logistic regression, /{slot}/health reports it.
import { createServer } from 'node:http';

const FEATURES = {
  tenure_months: (x) => Number(x.tenure_months),
  monthly_charges: (x) => Number(x.monthly_charges),
  support_tickets: (x) => Number(x.support_tickets),
  age: (x) => Number(x.age),
  plan_basic: (x) => (x.plan === 'basic' ? 1 : 0),
  plan_premium: (x) => (x.plan === 'premium' ? 1 : 0),
};

/** The churn probability of one customer under a model.json of examples/churn/scripts/train.py. */
export function score(model, customer) {
  const z = model.features.reduce((sum, name, i) => sum + model.weights[i] * ((FEATURES[name](customer) - model.means[i]) / model.stds[i]), model.bias);
  return 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
}

async function body(req) {
  let data = '';
  for await (const chunk of req) data += chunk;
  return data;
}

/** Starts the server on a free loopback port; `applied` logs every change as `action slot version traffic`. */
export async function startModelServer() {
  const slots = {};
  const applied = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const [, first, second] = url.pathname.split('/');
    const send = (status, payload) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    try {
      if (first === 'admin' && second === 'apply' && req.method === 'POST') {
        const q = url.searchParams;
        const [action, slot, version, traffic] = ['action', 'slot', 'version', 'traffic'].map((k) => q.get(k) ?? '');
        const text = await body(req);
        const model = text ? JSON.parse(text) : slots[slot]?.model;
        applied.push(`${action} ${slot} ${version} ${traffic}`);
        if (action === 'retire') delete slots[slot];
        else if (action === 'switch') {
          for (const s of Object.keys(slots)) if (s !== slot) slots[s].traffic = 0;
          slots[slot] = { version, traffic: 100, model };
          if (slot === 'primary') delete slots.canary;
        } else slots[slot] = { version, traffic: Number(traffic), model };
        return send(200, { ok: true });
      }
      const state = slots[first];
      if (!state) return send(404, { error: `no slot ${first}` });
      if (second === 'health') return send(state.model ? 200 : 503, { status: state.model ? 'ok' : 'no model', version: state.version });
      if (second === 'predict' && req.method === 'POST') {
        const p = score(state.model, JSON.parse((await body(req)) || '{}'));
        return send(200, { score: Number(p.toFixed(6)), prediction: p >= 0.5 ? 1 : 0, version: state.version });
      }
      return send(404, { error: 'unknown path' });
    } catch (error) {
      return send(500, { error: String(error) });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    slots,
    applied,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
