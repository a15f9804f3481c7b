/**
 * The part of SARIF 2.1.0 that shipgate writes. Defined here because @types/sarif is not a dependency;
 * names and shapes follow the OASIS specification so the two stay interchangeable.
 */

export type SarifLevel = 'none' | 'note' | 'warning' | 'error';

export interface SarifMessage {
  text: string;
}

export interface SarifMultiformatMessage {
  text: string;
  markdown?: string;
}

export interface SarifPropertyBag {
  tags?: string[];
  [name: string]: unknown;
}

export interface SarifReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: SarifMultiformatMessage;
  fullDescription?: SarifMultiformatMessage;
  help?: SarifMultiformatMessage;
  helpUri?: string;
  defaultConfiguration?: { enabled?: boolean; level?: SarifLevel };
  properties?: SarifPropertyBag;
}

export interface SarifToolComponent {
  name: string;
  version?: string;
  semanticVersion?: string;
  informationUri?: string;
  rules?: SarifReportingDescriptor[];
}

export interface SarifRegion {
  startLine: number;
  endLine?: number;
}

export interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId?: string };
    region?: SarifRegion;
  };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level?: SarifLevel;
  message: SarifMessage;
  locations?: SarifLocation[];
  partialFingerprints?: Record<string, string>;
  properties?: SarifPropertyBag;
}

export interface SarifNotification {
  level?: SarifLevel;
  message: SarifMessage;
  descriptor?: { id: string };
  locations?: SarifLocation[];
}

export interface SarifInvocation {
  executionSuccessful: boolean;
  toolExecutionNotifications?: SarifNotification[];
}

export interface SarifRun {
  tool: { driver: SarifToolComponent };
  automationDetails?: { id: string };
  invocations?: SarifInvocation[];
  results: SarifResult[];
  properties?: SarifPropertyBag;
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: SarifRun[];
}
