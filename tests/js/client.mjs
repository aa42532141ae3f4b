// The AWS SDK for JavaScript v3 against pinpoint_fake's HTTP endpoint (run by tests/test_server_clients.py).
// Prints one JSON document of what it saw; the Python test asserts on it.
import {
  PinpointSMSVoiceV2Client,
  RequestPhoneNumberCommand,
  CreatePoolCommand,
  DescribePoolsCommand,
  DeletePoolCommand,
  paginateDescribePhoneNumbers,
  ResourceNotFoundException,
  ValidationException,
} from "@aws-sdk/client-pinpoint-sms-voice-v2";

const client = new PinpointSMSVoiceV2Client({
  endpoint: process.env.PINPOINT_ENDPOINT,
  region: "us-east-1",
  credentials: { accessKeyId: "AKIAFAKEFAKEFAKEFAKE", secretAccessKey: "fake-secret" },
  maxAttempts: 1,
});

const number = { IsoCountryCode: "US", MessageType: "TRANSACTIONAL", NumberCapabilities: ["SMS"], NumberType: "SIMULATOR" };
const first = await client.send(new RequestPhoneNumberCommand(number));
const second = await client.send(new RequestPhoneNumberCommand(number));
const pool = await client.send(new CreatePoolCommand({ OriginationIdentity: first.PhoneNumberArn, MessageType: "TRANSACTIONAL" }));
const pools = (await client.send(new DescribePoolsCommand({}))).Pools;

const paged = [];
for await (const page of paginateDescribePhoneNumbers({ client, pageSize: 1 }, {})) {
  paged.push(page.PhoneNumbers.map((item) => item.PhoneNumberId));
}

async function failure(command) {
  try {
    await client.send(command);
    return null;
  } catch (error) {
    return {
      name: error.name,
      status: error.$metadata.httpStatusCode,
      notFound: error instanceof ResourceNotFoundException,
      invalid: error instanceof ValidationException,
      ResourceType: error.ResourceType,
      ResourceId: error.ResourceId,
      Reason: error.Reason,
    };
  }
}

console.log(JSON.stringify({
  numbers: [first.PhoneNumber, second.PhoneNumber],
  numberIds: [first.PhoneNumberId, second.PhoneNumberId],
  poolId: pool.PoolId,
  pools: pools.map((item) => [item.PoolId, item.Status, item.CreatedTimestamp instanceof Date]),
  paged,
  missing: await failure(new DeletePoolCommand({ PoolId: "pool-missing" })),
  invalid: await failure(new DescribePoolsCommand({ MaxResults: 500 })),
}));
