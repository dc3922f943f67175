// What the bundle gives for `require("aws-sdk")` (build.mjs): the AWS SDK for JavaScript v2's core with the
// two clients cognito-local and its KMS keyring use, Lambda (triggers) and KMS, instead of all of them.
const AWS = require('aws-sdk/global');
require('aws-sdk/clients/lambda'); // each client registers itself on the AWS object
require('aws-sdk/clients/kms');
module.exports = AWS;
