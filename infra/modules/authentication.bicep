@description('Function app the authentication settings belong to.')
param siteName string

@description('Application (client) id of the Entra app registration that defines the officer roles.')
param entraClientId string

@description('Entra tenant id of the app registration.')
param entraTenantId string

resource site 'Microsoft.Web/sites@2024-11-01' existing = {
  name: siteName
}

// Authentication is on but not required. Citizens file and follow their applications without an account
// (the pages at /, /track and /assets/*, and from them POST /api/requests, GET /api/requests/{id} or
// /api/requests/by-tracking-number/{number} with the access code, the clarification and withdrawal routes;
// also /api/calendar/*, /api/health, /api/openapi.json), and the same API routes also serve signed-in officers,
// so no path list can separate the two audiences and none is excluded. App Service Authentication therefore only signs officers in and
// vouches for them with X-MS-CLIENT-PRINCIPAL; the app itself refuses officer routes to callers without the
// required role claim (CaseOfficer, LegalReviewer, Approver, Administrator).
resource authentication 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${entraClientId}'
            entraClientId
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: true
      }
    }
  }
}
