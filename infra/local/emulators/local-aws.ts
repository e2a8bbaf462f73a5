/** The local stack's stand-in account: s3rver accepts only these credentials; DynamoDB Local and SES take any. */
export const localRegion = 'eu-west-3';
export const localCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
