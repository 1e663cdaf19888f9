import type { FormState } from "@/lib/forms/form-state";

/** A decision form's state: FormState, plus «confirm» once the fields are right and «Подтвердить» is due. */
export interface DecisionState extends FormState {
  confirm?: boolean;
  /** Repeated fields (checkbox lists) as typed. */
  lists?: Record<string, string[]>;
}

export const EMPTY_DECISION: DecisionState = { errors: {}, values: {} };
