// Times the open-source interpreter aws-local-stepfunctions (pinned in package.json) on the same
// definition and input as our JMH benchmark (AslTransitionBenchmark): warm-up, then ROUNDS rounds of
// RUNS executions; prints the median microseconds per state transition. A measurement, not a test.
import { readFileSync } from 'node:fs';
import { StateMachine } from 'aws-local-stepfunctions';

const dir = new URL('../asl/', import.meta.url);
const definition = JSON.parse(readFileSync(new URL('counter-loop.asl.json', dir), 'utf8'));
const input = JSON.parse(readFileSync(new URL('counter-loop.input.json', dir), 'utf8'));
const TRANSITIONS = 12;
const WARMUP = Number(process.env.PEER_WARMUP ?? 3000);
const RUNS = Number(process.env.PEER_RUNS ?? 2000);
const ROUNDS = Number(process.env.PEER_ROUNDS ?? 7);

const machine = new StateMachine(definition);

async function once() {
  const execution = machine.run(input);
  const output = await execution.result;
  if (output.count !== input.limit) {
    throw new Error(`unexpected output ${JSON.stringify(output)}`);
  }
}

for (let i = 0; i < WARMUP; i++) await once();
const perTransition = [];
for (let round = 0; round < ROUNDS; round++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < RUNS; i++) await once();
  const nanos = Number(process.hrtime.bigint() - start);
  perTransition.push(nanos / 1000 / RUNS / TRANSITIONS);
}
perTransition.sort((a, b) => a - b);
const median = perTransition[Math.floor(perTransition.length / 2)];
console.log(`peer rounds (us/transition): ${perTransition.map((v) => v.toFixed(2)).join(' ')}`);
console.log(`peer_us_per_transition=${median.toFixed(2)}`);
