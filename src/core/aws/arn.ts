// The shapes of the ARNs this product reads and builds.

/** An IAM role ARN in any partition (aws, aws-cn, aws-us-gov, …). */
export const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
