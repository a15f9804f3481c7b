// The quality gate's public face: the use case, its report and formats, and the deploy guard.
export { runGate, type GateRequest } from './run-gate.js';
export { renderGate, GATE_FORMATS, type GateFormat } from './formats/index.js';
export { fileBaseline } from './baseline/file.js';
export type { BaselineSource } from './baseline/find.js';
export type { GateReport, GateResult } from './report.js';
export { gatePassedFor, type GateVerdict } from './gate-passed.js';
export { GATE_CHECK_RUN_NAME } from './github-report.js';
