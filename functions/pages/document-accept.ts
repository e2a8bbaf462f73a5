/** The file inputs' `accept`: PDF or Word (.docx), what the upload policy allows. */
export const DOCUMENT_ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
