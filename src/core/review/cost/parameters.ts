/** The cost parameters a report uses: the documented defaults with site.yaml `cost:` overrides applied. */
import type { CostParametersInput } from '../../schema/cost-parameters.ts';
import {
  COST_PARAMETER_NAMES,
  DEFAULT_COST_PARAMETERS,
  type CostParameterInfo,
  type CostParameterName,
} from './default-parameters.ts';

export type CostParameters = Readonly<Record<CostParameterName, number>>;

/** One row of the parameter table the report prints, so a reader can see which values the site changed. */
export interface ResolvedCostParameter extends CostParameterInfo {
  name: CostParameterName;
  default_value: number;
  /** True when site.yaml set a value (even one equal to the default). */
  overridden: boolean;
}

export function resolveCostParameters(overrides: CostParametersInput = {}): {
  values: CostParameters;
  table: ResolvedCostParameter[];
} {
  const values = {} as Record<CostParameterName, number>;
  const table: ResolvedCostParameter[] = [];
  for (const name of COST_PARAMETER_NAMES) {
    const info = DEFAULT_COST_PARAMETERS[name];
    const override = overrides[name];
    const overridden = override !== undefined;
    values[name] = overridden ? override : info.value;
    const row: ResolvedCostParameter = { ...info, name, value: values[name], default_value: info.value, overridden };
    if (overridden) {
      // The default's provenance no longer describes the value used: say where it came from instead.
      row.basis = 'site';
      row.source = `site.yaml, cost.${name} (mặc định ${info.value} ${info.unit}: ${info.source})`;
      delete row.url;
    }
    table.push(row);
  }
  return { values, table };
}

/** The defaults alone, for tests and for records read without a site. */
export const DEFAULT_VALUES: CostParameters = resolveCostParameters().values;
