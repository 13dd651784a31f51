// Patient statements: what each patient owes after insurance, when to send it, and the printed statement.
export * from './statement';
export { statementPdf, NOTICE_MESSAGES, type StatementPractice } from './statement-pdf';
export * from './payment-plan';
