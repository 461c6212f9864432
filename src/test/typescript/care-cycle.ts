// The first steps of the care cycle through the generated typescript-fetch client, as a
// therapist's tool written in TypeScript would take them. Run by TypeScriptClientTest with:
//   CADENCE_URL          base URL of the running application
//   CCLS_TOKEN           a child life specialist's access token
//   THERAPIST_TOKEN      a therapist's access token
//   MRN                  a medical record number no other client has
// Prints one JSON line with what it created; exits non-zero when a step fails.
import {
    ClientsApi,
    ClientStatus,
    Configuration,
    ReferralPriority,
    ReferralReason,
    ReferralsApi,
    ReferralStatus,
    ResponseError,
} from '../../../target/generated-clients/typescript';

function required(name: string): string {
    const value = process.env[name];
    if (!value) {
        throw new Error(`${name} is not set`);
    }
    return value;
}

function as(token: string): Configuration {
    return new Configuration({ basePath: required('CADENCE_URL'), accessToken: token });
}

function expect(condition: boolean, what: string): void {
    if (!condition) {
        throw new Error(`expected ${what}`);
    }
}

async function main(): Promise<void> {
    const ccls = as(required('CCLS_TOKEN'));
    const therapist = as(required('THERAPIST_TOKEN'));

    const referral = await new ReferralsApi(ccls).createReferral({
        referralRequest: {
            client: {
                givenName: 'Ines',
                familyName: 'Kowalczyk',
                birthDate: new Date('2016-11-02'),
                unit: 'Cardiology',
                identifiers: [{ system: 'urn:oid:2.16.840.1.113883.3.1234.1', value: required('MRN') }],
                musicPreferences: { songs: ['Here Comes the Sun'], instruments: ['guitar'] },
            },
            reasons: [ReferralReason.Anxiety, ReferralReason.SocialIsolation],
            priority: ReferralPriority.Routine,
            notes: 'Long stay; misses her school choir',
        },
    });
    expect(referral.status === ReferralStatus.Pending, `a pending referral, got ${referral.status}`);
    expect(referral.clientId !== undefined, 'the referred client id');

    const accepted = await new ReferralsApi(therapist).acceptReferral({ referralId: referral.id! });
    expect(accepted.status === ReferralStatus.Accepted, `an accepted referral, got ${accepted.status}`);

    const client = await new ClientsApi(therapist).getClient({ clientId: referral.clientId! });
    expect(client.status === ClientStatus.Active, `an active client, got ${client.status}`);
    expect(client.givenName === 'Ines', `the referred child, got ${client.givenName}`);
    expect(client.birthDate?.toISOString().startsWith('2016-11-02') === true, `the birth date, got ${client.birthDate}`);

    console.log(JSON.stringify({ referralId: referral.id, clientId: client.id, clientStatus: client.status }));
}

main().catch(async (error: unknown) => {
    if (error instanceof ResponseError) {
        console.error(`HTTP ${error.response.status}: ${await error.response.text()}`);
    } else {
        console.error(error);
    }
    process.exit(1);
});
